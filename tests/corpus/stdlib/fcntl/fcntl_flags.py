# fcntl: descriptor and status flags through fcntl(), flock, lockf, buffer arguments, errors.
import fcntl
import os
import tempfile

r, w = os.pipe()
flags = fcntl.fcntl(r, fcntl.F_GETFD)
print(flags & fcntl.FD_CLOEXEC)
fl = fcntl.fcntl(r, fcntl.F_GETFL)
fcntl.fcntl(r, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK), os.get_blocking(r))
print(fcntl.fcntl(r, fcntl.F_GETFL, b"abcd"), fcntl.fcntl(r, fcntl.F_GETFD, "ab"))
class F:
    def fileno(self):
        return w
print(fcntl.fcntl(F(), fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
with tempfile.TemporaryFile() as t:
    fcntl.flock(t, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fcntl.flock(t.fileno(), fcntl.LOCK_UN)
    fcntl.lockf(t, fcntl.LOCK_EX)
    fcntl.lockf(t, fcntl.LOCK_UN)
    print("locks ok")
for f, a in [(fcntl.fcntl, (999, fcntl.F_GETFD)), (fcntl.flock, (999, fcntl.LOCK_EX)), (fcntl.fcntl, ("x", 1)),
             (fcntl.fcntl, (r, fcntl.F_GETFD, 1.5)), (fcntl.fcntl, (r, fcntl.F_GETFD, b"x" * 2000))]:
    try:
        f(*a)
    except (OSError, TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
print(fcntl.F_GETFD, fcntl.F_SETFL, fcntl.LOCK_EX, fcntl.F_DUPFD_CLOEXEC, fcntl.F_SETPIPE_SZ)
os.close(r)
os.close(w)
