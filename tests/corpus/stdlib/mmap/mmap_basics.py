# mmap: anonymous and file maps, reading, writing, searching, slicing, resize, access modes and errors.
import mmap
import os
import tempfile

m = mmap.mmap(-1, 32)
print(len(m), m[0], m[:4], list(m)[:2], m.closed)
print(m.write(b"hello world\nsecond line\n"), m.tell())
m.seek(0)
print(m.readline(), m.readline(), m.readline(), m.tell())
m.seek(0)
print(m.find(b"o"), m.rfind(b"o"), m.find(b"o", 5), m.find(b"o", 5, 7), m.find(b"zz"), m.rfind(b"l", 0, 5))
m[0] = 72
m[1:3] = b"EL"
print(m[:12], m[::4], m[-3:], m[5])
m.move(0, 6, 5)
print(m[:12])
m.seek(-4, 2)
print(m.tell(), m.read(), m.read(), m.read(-1))
m.seek(2)
print(m.read_byte(), m.tell())
m.seek(0)
m.write_byte(65)
print(m[:2])
for f in [lambda: m.seek(100), lambda: m.seek(0, 7), lambda: m.write(b"x" * 100), lambda: m[40],
          lambda: m.__setitem__(0, 300), lambda: m.__setitem__(0, b"x"), lambda: m.__setitem__(slice(0, 2), b"x"),
          lambda: m.__delitem__(0), lambda: m.resize(-1), lambda: m.seek(1, 2, 3), lambda: m.read(1, 2),
          lambda: m.write_byte(300), lambda: m.madvise(mmap.MADV_NORMAL, 100), lambda: m.move(0, 30, 5),
          lambda: m.flush(0, 100), lambda: m["a"], lambda: m.find("a"), lambda: m.read("x")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(m.madvise(mmap.MADV_NORMAL), m.flush())
mv = memoryview(m)
print(bytes(mv)[:5], mv.readonly)
try:
    m.close()
except BufferError as e:
    print("BufferError", e)
mv.release()
m.resize(64)
print(len(m))
m.close()
print(m.closed, repr(m))
for f in [lambda: m[0], lambda: m.read(), lambda: len(m)]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bin")
    with open(path, "wb") as fh:
        fh.write(b"abcdefghij" * 10)
    with open(path, "r+b") as fh:
        with mmap.mmap(fh.fileno(), 0) as f:
            print(len(f), f.size(), f[:10], f.find(b"j"), repr(f))
            f[0:3] = b"XYZ"
            f.flush()
            f.resize(50)
            print(len(f), os.path.getsize(path))
        with mmap.mmap(fh.fileno(), 10, access=mmap.ACCESS_READ) as r:
            print(r[:10], repr(r))
            for f in [lambda: r.__setitem__(0, 1), lambda: r.write(b"a"), lambda: r.resize(5), lambda: r.move(0, 1, 1)]:
                try:
                    f()
                except TypeError as e:
                    print("TypeError", e)
        with mmap.mmap(fh.fileno(), 10, access=mmap.ACCESS_COPY) as c:
            c[0:1] = b"Q"
            print(c[:3])
        with mmap.mmap(fh.fileno(), 4096, offset=0) if False else mmap.mmap(fh.fileno(), 10, offset=mmap.ALLOCATIONGRANULARITY * 0) as o:
            print(o[:4])
        for kw in [dict(length=1000), dict(length=-1), dict(length=5, access=9), dict(length=5, access=mmap.ACCESS_READ, prot=mmap.PROT_READ), dict(length=0, offset=4096)]:
            try:
                mmap.mmap(fh.fileno(), **kw)
            except (ValueError, OverflowError) as e:
                print(type(e).__name__, e)
    print(open(path, "rb").read()[:5])
print(mmap.error is OSError, mmap.PAGESIZE, mmap.ACCESS_COPY, mmap.MAP_PRIVATE, mmap.MADV_DONTNEED)
