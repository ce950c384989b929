# The path argument converter: str, bytes, os.PathLike, file descriptors, None, and the errors.
import posix

class P:
    def __init__(self, value):
        self.value = value
    def __fspath__(self):
        return self.value
    def __repr__(self):
        return "P(%r)" % (self.value,)

for arg in ["/", b"/", P("/"), P(b"/")]:
    print(repr(arg), posix.stat(arg).st_mode == posix.stat("/").st_mode)
print(posix.fspath("x"), posix.fspath(b"y"), posix.fspath(P("z")), posix.fspath(P(b"w")))
for arg in [1, None, 1.5, [], P(3), P(None)]:
    try:
        posix.fspath(arg)
    except TypeError as e:
        print("fspath", "TypeError", e)
for f, arg in [(posix.stat, 1.5), (posix.stat, [1]), (posix.stat, P(1)), (posix.lstat, 3), (posix.mkdir, 3),
               (posix.listdir, [1]), (posix.listdir, 1.0), (posix.unlink, None), (posix.readlink, 0),
               (posix.chdir, 2.5), (posix.access, None)]:
    try:
        f(arg) if f is not posix.access else f(arg, 0)
    except TypeError as e:
        print(f.__name__, "TypeError", e)
for f, arg in [(posix.stat, "a\0b"), (posix.stat, b"a\0b"), (posix.open, "x\0"), (posix.mkdir, b"\0")]:
    try:
        f(arg) if f is not posix.open else f(arg, 0)
    except ValueError as e:
        print(f.__name__, "ValueError", e)
for arg in ["/nonexistent/x", b"/nonexistent/x", P("/nonexistent/x")]:
    try:
        posix.stat(arg)
    except FileNotFoundError as e:
        print(repr(e.filename), e)
try:
    posix.stat(9999)
except OSError as e:
    print(type(e).__name__, e.errno, repr(e.filename))
try:
    posix.stat(2**70)
except OverflowError as e:
    print("OverflowError", e)
for kw in [{"dir_fd": 1.5}, {"dir_fd": "a"}, {"bad": 1}]:
    try:
        posix.stat("x", **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    posix.stat(1, follow_symlinks=False)
except ValueError as e:
    print("ValueError", e)
try:
    posix.stat(1, dir_fd=3)
except ValueError as e:
    print("ValueError", e)
print(posix._path_normpath("//a/./b/../c/"), posix._path_normpath(""), posix._path_normpath("a/../.."),
      posix._path_normpath("///x/../.."), posix._path_normpath("./"))
