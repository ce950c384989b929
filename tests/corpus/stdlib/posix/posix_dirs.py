# posix directories: mkdir/listdir/rename/replace/rmdir/unlink/scandir and their errors.
import posix

base = "/tmp/kaa_posix_dirs_%d" % posix.getpid()
posix.mkdir(base, 0o755)
try:
    posix.mkdir(base + "/a")
    posix.mkdir(base + "/a/b")
    for name in ["x.txt", "y.txt"]:
        posix.close(posix.open(base + "/a/" + name, posix.O_CREAT | posix.O_WRONLY, 0o600))
    print(sorted(posix.listdir(base + "/a")))
    print(sorted(posix.listdir((base + "/a").encode())))
    posix.rename(base + "/a/x.txt", base + "/a/z.txt")
    posix.replace(base + "/a/y.txt", base + "/a/z.txt")
    print(sorted(posix.listdir(base + "/a")))
    entries = sorted(posix.scandir(base + "/a"), key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path[len(base):], e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.stat().st_size, e.inode() == e.stat().st_ino)
        print(posix.fspath(e)[len(base):])
    with posix.scandir(base.encode()) as it:
        print([(e.name, e.path[-1:]) for e in it])
    it = posix.scandir(base)
    it.close()
    print(list(it))
    cases = [
        (posix.mkdir, (base + "/a",)),
        (posix.rmdir, (base + "/a",)),
        (posix.rmdir, (base + "/nope",)),
        (posix.unlink, (base + "/a",)),
        (posix.listdir, (base + "/nope",)),
        (posix.listdir, (base + "/a/z.txt",)),
        (posix.rename, (base + "/nope", base + "/other")),
        (posix.scandir, (base + "/nope",)),
        (posix.chdir, (base + "/nope",)),
        (posix.mkdir, (base + "/nope/deeper",)),
    ]
    for f, a in cases:
        try:
            f(*a)
        except OSError as e:
            print(f.__name__, type(e).__name__, e.errno, e.strerror,
                  e.filename[len(base):] if isinstance(e.filename, str) else e.filename,
                  e.filename2[len(base):] if isinstance(e.filename2, str) else e.filename2)
    for f, a in [(posix.listdir, (5.5,)), (posix.mkdir, (3,)), (posix.rmdir, (None,))]:
        try:
            f(*a)
        except TypeError as e:
            print(f.__name__, "TypeError", e)
    posix.unlink(base + "/a/z.txt")
    posix.rmdir(base + "/a/b")
    posix.rmdir(base + "/a")
    print(posix.listdir(base))
finally:
    posix.rmdir(base)
print(posix.access(base, posix.F_OK))
