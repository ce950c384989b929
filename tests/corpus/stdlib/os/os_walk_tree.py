# os over posix: makedirs, walk (top-down and bottom-up), scandir, path functions, removedirs, errors.
import os
import tempfile

base = tempfile.mkdtemp(prefix="kaa_os_walk_")
try:
    os.makedirs(os.path.join(base, "a", "b", "c"))
    os.makedirs(os.path.join(base, "a", "d"), exist_ok=True)
    os.makedirs(os.path.join(base, "a", "d"), exist_ok=True)
    for rel in ["a/f1.txt", "a/b/f2.txt", "a/b/c/f3.txt", "a/d/f4.txt", "top.txt"]:
        with open(os.path.join(base, rel), "w") as f:
            f.write(rel * 3)
    try:
        os.makedirs(os.path.join(base, "a"))
    except FileExistsError as e:
        print("FileExistsError", e.errno, os.path.relpath(e.filename, base))
    for root, dirs, files in os.walk(base):
        dirs.sort()
        print(os.path.relpath(root, base), dirs, sorted(files))
    print([os.path.relpath(r, base) for r, d, f in os.walk(base, topdown=False)][-1])
    print(sorted(e.name for e in os.scandir(base)))
    p = os.path.join(base, "a", "b", "f2.txt")
    print(os.path.exists(p), os.path.isfile(p), os.path.isdir(p), os.path.getsize(p), os.path.islink(p))
    print(os.path.isdir(os.path.join(base, "a")), os.path.exists(os.path.join(base, "zz")))
    print(os.path.basename(p), os.path.relpath(os.path.dirname(p), base), os.path.splitext(p)[1])
    print(os.path.samefile(p, os.path.join(base, "a", "..", "a", "b", "f2.txt")))
    st = os.stat(p)
    print(os.path.getmtime(p) == st.st_mtime, os.path.getatime(p) == st.st_atime)
    os.rename(os.path.join(base, "top.txt"), os.path.join(base, "a", "top2.txt"))
    print(sorted(os.listdir(os.path.join(base, "a"))))
    os.remove(os.path.join(base, "a", "b", "c", "f3.txt"))
    os.removedirs(os.path.join(base, "a", "b", "c"))
    print(sorted(os.listdir(os.path.join(base, "a", "b"))))
    print(os.fspath(os.path.join(base, "x"))[len(base):], os.sep, os.curdir, os.pardir, os.linesep == "\n")
    print(os.name, os.supports_fd is not None, os.stat in os.supports_dir_fd, os.stat in os.supports_follow_symlinks)
    cwd = os.getcwd()
    os.chdir(base)
    print(sorted(os.listdir()), os.path.abspath("a") == os.path.join(base, "a"))
    os.chdir(cwd)
finally:
    import shutil
    shutil.rmtree(base)
print(os.path.exists(base))
