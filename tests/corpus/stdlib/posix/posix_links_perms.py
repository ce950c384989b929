# Links, permissions and times: symlink/readlink/lstat/link, chmod/access/umask, utime.
import posix

base = "/tmp/kaa_posix_links_%d" % posix.getpid()
posix.mkdir(base)
try:
    f = base + "/file"
    posix.close(posix.open(f, posix.O_CREAT | posix.O_WRONLY, 0o644))
    posix.symlink("file", base + "/link")
    posix.symlink(b"missing", (base + "/dangling").encode())
    print(posix.readlink(base + "/link"), posix.readlink((base + "/link").encode()))
    print(posix.lstat(base + "/link").st_mode & 0o170000 == 0o120000, posix.stat(base + "/link").st_mode & 0o170000 == 0o100000)
    print(posix.stat(base + "/link", follow_symlinks=False).st_mode & 0o170000 == 0o120000)
    posix.link(f, base + "/hard")
    print(posix.stat(f).st_nlink, posix.stat(base + "/hard").st_ino == posix.stat(f).st_ino)
    for e in sorted(posix.scandir(base), key=lambda e: e.name):
        print(e.name, e.is_symlink(), e.is_file(), e.is_file(follow_symlinks=False), e.is_dir())
    try:
        posix.stat(base + "/dangling")
    except FileNotFoundError as e:
        print("dangling", e.errno)
    try:
        posix.readlink(f)
    except OSError as e:
        print("readlink", type(e).__name__, e.errno, e.strerror)
    try:
        posix.symlink("file", base + "/link")
    except FileExistsError as e:
        print("symlink", e.errno, e.filename[len(base):], e.filename2[len(base):])
    posix.chmod(f, 0o600)
    print(oct(posix.stat(f).st_mode & 0o777))
    fd = posix.open(f, posix.O_RDONLY)
    posix.chmod(fd, 0o640)
    print(oct(posix.stat(fd).st_mode & 0o777))
    posix.close(fd)
    print(posix.access(f, posix.R_OK), posix.access(f, posix.F_OK), posix.access(base + "/none", posix.F_OK))
    old = posix.umask(0o027)
    print(oct(posix.umask(old)))
    posix.utime(f, (1000000000, 1200000000))
    s = posix.stat(f)
    print(s.st_atime, s.st_mtime, s[7], s[8], s.st_mtime_ns)
    posix.utime(f, ns=(1500000000123456789, 1600000000987654321))
    s = posix.stat(f)
    print(s.st_atime_ns, s.st_mtime_ns, s[8])
    posix.utime(f, (1.25, 2.75))
    s = posix.stat(f)
    print(s.st_atime, s.st_mtime, s.st_mtime_ns)
    for kw in [dict(times=(1,)), dict(times=(1, 2), ns=(1, 2)), dict(ns=(1,)), dict(times=("a", 1))]:
        try:
            posix.utime(f, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        posix.chmod(base + "/none", 0o600)
    except FileNotFoundError as e:
        print("chmod", e.errno, e.filename[len(base):])
finally:
    for name in posix.listdir(base):
        posix.unlink(base + "/" + name)
    posix.rmdir(base)
