# Pipes and descriptor flags: pipe/pipe2/dup/dup2, inheritable and blocking flags, closerange.
import posix

r, w = posix.pipe()
print(posix.get_inheritable(r), posix.get_inheritable(w), posix.get_blocking(r))
print(posix.write(w, b"abc"), posix.read(r, 10))
d = posix.dup(w)
print(d != w, posix.get_inheritable(d))
posix.write(d, b"via dup")
print(posix.read(r, 100))
d2 = posix.dup2(w, d)
print(d2 == d, posix.get_inheritable(d2))
d3 = posix.dup2(w, d, inheritable=False)
print(posix.get_inheritable(d3))
posix.set_inheritable(r, True)
print(posix.get_inheritable(r))
posix.set_inheritable(r, False)
print(posix.get_inheritable(r))
posix.set_blocking(r, False)
print(posix.get_blocking(r))
try:
    posix.read(r, 10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e)
posix.set_blocking(r, True)
posix.close(w)
posix.close(d)
print(posix.read(r, 10))
posix.close(r)
r, w = posix.pipe2(posix.O_NONBLOCK | posix.O_CLOEXEC)
print(posix.get_blocking(r), posix.get_inheritable(r))
posix.closerange(r, w + 1)
for f, a in [(posix.get_inheritable, (r,)), (posix.get_blocking, (w,)), (posix.set_inheritable, (r, True)),
             (posix.dup, (r,)), (posix.dup2, (r, 100)), (posix.isatty, (r,))]:
    try:
        print(f.__name__, f(*a))
    except OSError as e:
        print(f.__name__, type(e).__name__, e)
try:
    posix.fsync(r)
except OSError as e:
    print("fsync", type(e).__name__, e.errno)
class F:
    def fileno(self):
        return -1
try:
    posix.fsync(F())
except ValueError as e:
    print("ValueError", e)
try:
    posix.fsync("x")
except TypeError as e:
    print("TypeError", e)
