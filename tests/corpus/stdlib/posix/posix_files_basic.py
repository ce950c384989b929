# posix file descriptors: open/read/write/lseek/fstat/close and their errors, in a temporary directory.
import posix
import sys

base = "/tmp/kaa_posix_files_%d" % posix.getpid()
posix.mkdir(base)
posix.chdir(base)
try:
    fd = posix.open("data.bin", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
    print(type(fd).__name__, fd > 2)
    print(posix.write(fd, b"hello, "), posix.write(fd, bytearray(b"world")), posix.write(fd, memoryview(b"!\n")))
    print(posix.get_inheritable(fd))
    posix.close(fd)
    st = posix.stat("data.bin")
    print(st.st_size, oct(st.st_mode & 0o777), st.st_nlink)
    fd = posix.open("data.bin", posix.O_RDONLY)
    print(posix.read(fd, 5), posix.read(fd, 100), posix.read(fd, 10))
    print(posix.lseek(fd, 0, 0), posix.read(fd, 3))
    print(posix.lseek(fd, -2, 2), posix.read(fd, 10))
    print(posix.lseek(fd, 0, 1))
    print(posix.pread(fd, 4, 7), posix.lseek(fd, 0, 1))
    print(posix.fstat(fd).st_size == st.st_size)
    print(posix.isatty(fd))
    posix.close(fd)
    fd = posix.open("data.bin", posix.O_RDWR)
    print(posix.pwrite(fd, b"HELLO", 0))
    posix.ftruncate(fd, 9)
    posix.lseek(fd, 0, 0)
    print(posix.read(fd, 100))
    posix.close(fd)
    posix.truncate("data.bin", 2)
    print(posix.stat("data.bin").st_size)
    for args in [("missing.txt", posix.O_RDONLY), ("data.bin", posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL), (".", posix.O_WRONLY)]:
        try:
            posix.open(*args)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename, e)
    for f, a in [(posix.read, (9999, 1)), (posix.write, (9999, b"x")), (posix.close, (9999,)),
                 (posix.lseek, (9999, 0, 0)), (posix.fstat, (9999,)), (posix.read, (0, -1))]:
        try:
            f(*a)
        except OSError as e:
            print(f.__name__, type(e).__name__, e)
    for f, a in [(posix.read, ("x", 1)), (posix.write, (1, "text")), (posix.open, ("x",)),
                 (posix.read, (1.5, 1)), (posix.lseek, (0, 0.5, 0)), (posix.close, (2**40,))]:
        try:
            f(*a)
        except (TypeError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
    try:
        posix.urandom(-1)
    except ValueError as e:
        print("urandom", e)
    print(len(posix.urandom(16)), type(posix.urandom(0)).__name__)
finally:
    for name in posix.listdir(base):
        posix.unlink(base + "/" + name)
    posix.chdir("/")
    posix.rmdir(base)
print(posix.access(base, posix.F_OK))
