# shutil and tempfile over posix: copy, copy2, copytree, move, rmtree, disk_usage, which, mkstemp, NamedTemporaryFile.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory(prefix="kaa_shutil_") as base:
    src = os.path.join(base, "src")
    os.mkdir(src)
    with open(os.path.join(src, "one.txt"), "w") as f:
        f.write("one\n")
    os.mkdir(os.path.join(src, "sub"))
    with open(os.path.join(src, "sub", "two.bin"), "wb") as f:
        f.write(bytes(range(256)))
    os.chmod(os.path.join(src, "one.txt"), 0o640)
    print(os.path.relpath(shutil.copy(os.path.join(src, "one.txt"), os.path.join(base, "copy.txt")), base))
    print(oct(os.stat(os.path.join(base, "copy.txt")).st_mode & 0o777))
    shutil.copy2(os.path.join(src, "one.txt"), os.path.join(base, "copy2.txt"))
    print(os.stat(os.path.join(base, "copy2.txt")).st_mtime == os.stat(os.path.join(src, "one.txt")).st_mtime)
    shutil.copytree(src, os.path.join(base, "tree"))
    for root, dirs, files in os.walk(os.path.join(base, "tree")):
        dirs.sort()
        print(os.path.relpath(root, base), sorted(files))
    with open(os.path.join(base, "tree", "sub", "two.bin"), "rb") as f:
        print(f.read() == bytes(range(256)))
    shutil.move(os.path.join(base, "tree"), os.path.join(base, "moved"))
    print(sorted(os.listdir(base)))
    shutil.rmtree(os.path.join(base, "moved"))
    print(sorted(os.listdir(base)))
    try:
        shutil.rmtree(os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    usage = shutil.disk_usage(base)
    print(usage.total >= usage.used, type(usage).__name__)
    print(shutil.which("sh") is not None, shutil.which("kaa-no-such-program"))
    fd, path = tempfile.mkstemp(dir=base, suffix=".tmp")
    os.write(fd, b"temp")
    os.close(fd)
    print(os.path.basename(path).endswith(".tmp"), os.path.getsize(path), oct(os.stat(path).st_mode & 0o777))
    with tempfile.NamedTemporaryFile(dir=base, delete=True) as t:
        t.write(b"named")
        t.flush()
        print(os.path.getsize(t.name), os.path.dirname(t.name) == base)
    print(os.path.exists(t.name))
    d = tempfile.mkdtemp(dir=base)
    print(oct(os.stat(d).st_mode & 0o777), os.path.isdir(d))
print(os.path.exists(base))
