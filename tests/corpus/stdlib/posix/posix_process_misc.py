# Process and system queries whose results can be compared: types, relations and the wait-status helpers.
import posix

print(type(posix.getpid()).__name__, posix.getppid() > 0, posix.getpgrp() > 0)
print(posix.getuid() == posix.geteuid(), posix.getgid() == posix.getegid(), type(posix.getgroups()).__name__)
print(posix.getresuid() == (posix.getuid(), posix.geteuid(), posix.getuid()) or True)
u = posix.uname()
print(type(u).__name__, u.sysname, len(u), all(isinstance(x, str) for x in u))
t = posix.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t))
print(type(posix.cpu_count()).__name__, len(posix.sched_getaffinity(0)) >= 1)
print(posix.sysconf("SC_PAGESIZE") > 0, posix.sysconf(posix.sysconf_names["SC_CLK_TCK"]))
print(type(posix.confstr("CS_PATH")).__name__)
for bad in ["NO_SUCH", 1.5]:
    try:
        posix.sysconf(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(posix.strerror(2), "|", posix.strerror(13), "|", posix.strerror(99999))
for status in [0, 256, 512 + 0, 9, 15 | 0x80, 0x137f, 0xffff]:
    print(status, posix.WIFEXITED(status), posix.WEXITSTATUS(status), posix.WIFSIGNALED(status),
          posix.WTERMSIG(status), posix.WIFSTOPPED(status), posix.WSTOPSIG(status), posix.WCOREDUMP(status),
          posix.WIFCONTINUED(status))
for status in [0, 256, 9, 15 | 0x80]:
    print(posix.waitstatus_to_exitcode(status))
for status in [0x137f, 0xffff]:
    try:
        posix.waitstatus_to_exitcode(status)
    except ValueError as e:
        print("ValueError", e)
try:
    posix.waitpid(-1, posix.WNOHANG)
except ChildProcessError as e:
    print("ChildProcessError", e)
try:
    posix.kill(999999999, 0)
except ProcessLookupError as e:
    print("ProcessLookupError", e)
print(posix.kill(posix.getpid(), 0))
print(posix.major(posix.makedev(8, 1)), posix.minor(posix.makedev(8, 1)))
try:
    posix.register_at_fork()
except TypeError as e:
    print("TypeError", e)
try:
    posix.register_at_fork(before=1)
except TypeError as e:
    print("TypeError", e)
print(posix.register_at_fork(before=lambda: None))
print(len(posix.getloadavg()))
print(posix.device_encoding(posix.open("/", posix.O_RDONLY)))
print(sorted(k for k in posix.environ if k == b"PATH"), type(posix.environ).__name__)
print(all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in posix.environ.items()))
