# pathlib and glob over posix: iterdir, glob/rglob, stat, read/write, rename, unlink, mkdir(parents), errors.
import glob
import os
import pathlib
import tempfile

with tempfile.TemporaryDirectory(prefix="kaa_pathlib_") as tmp:
    base = pathlib.Path(tmp)
    (base / "pkg" / "sub").mkdir(parents=True)
    (base / "pkg" / "a.py").write_text("print('a')\n")
    (base / "pkg" / "b.txt").write_bytes(b"bee")
    (base / "pkg" / "sub" / "c.py").write_text("c = 1\n")
    print(sorted(p.name for p in (base / "pkg").iterdir()))
    print(sorted(str(p.relative_to(base)) for p in base.rglob("*.py")))
    print(sorted(str(p.relative_to(base)) for p in (base / "pkg").glob("*")))
    print((base / "pkg" / "a.py").read_text(), (base / "pkg" / "b.txt").read_bytes())
    print((base / "pkg" / "b.txt").stat().st_size, (base / "pkg").is_dir(), (base / "pkg" / "a.py").is_file())
    print((base / "nope").exists(), (base / "pkg" / "sub").exists())
    (base / "pkg" / "b.txt").rename(base / "pkg" / "bb.txt")
    print(sorted(p.name for p in (base / "pkg").iterdir()))
    (base / "pkg" / "bb.txt").unlink()
    try:
        (base / "pkg" / "bb.txt").unlink()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    (base / "pkg" / "bb.txt").unlink(missing_ok=True)
    try:
        (base / "pkg").mkdir()
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    (base / "pkg").mkdir(exist_ok=True)
    os.chdir(tmp)
    print(sorted(glob.glob("pkg/*.py")), sorted(glob.glob("**/*.py", recursive=True)))
    print(sorted(glob.glob("pkg/[ab]*")), glob.glob("nothing*"))
    print(pathlib.Path("pkg/sub/../a.py").resolve() == (base / "pkg" / "a.py").resolve())
    print(pathlib.Path.cwd() == base.resolve())
    os.chdir("/")
    (base / "link").symlink_to(base / "pkg")
    print((base / "link").is_symlink(), sorted(p.name for p in (base / "link").iterdir()))
    print(os.path.realpath(base / "link") == os.path.realpath(base / "pkg"))
print(os.path.exists(tmp))
