# gzip: compress/decompress (levels, mtime for determinism), GzipFile on BytesIO (text via io.TextIOWrapper, multiple members, seek), open() on a temp file, errors.
import gzip, io, os, tempfile
data = b'gzip payload ' * 100
c = gzip.compress(data, compresslevel=9, mtime=0); print(len(c), c[:10], gzip.decompress(c) == data, gzip.compress(b'', mtime=0), gzip.decompress(gzip.compress(b'x', mtime=0) + gzip.compress(b'y', mtime=0)))
print([len(gzip.compress(data, compresslevel=l, mtime=0)) for l in (0, 1, 6, 9)])
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=12345, filename='name.txt') as g: g.write(b'line1\nline2\n'); g.write(b'line3\n')
raw = buf.getvalue(); print(raw[:20], len(raw))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as g: print(g.readline(), g.read(3), g.tell(), g.seek(0), g.readlines(), g.mtime, g.name if hasattr(g, 'name') else '')
with gzip.open(io.BytesIO(raw), 'rt', encoding='utf-8') as t: print(t.read().splitlines())
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.gz')
    with gzip.open(p, 'wt', encoding='utf-8', newline='') as f: f.write('héllo\r\nwörld\n')
    with gzip.open(p, 'rb') as f: print(f.read())
    with gzip.open(p, 'rt', encoding='utf-8') as f: print(repr(f.read()))
    with gzip.open(p, 'ab') as f: f.write(b'appended')
    with gzip.open(p) as f: print(f.read()[-8:])
for bad in [lambda: gzip.decompress(b'not gzip data'), lambda: gzip.decompress(c[:-4]), lambda: gzip.decompress(c[:-1] + b'\x00'), lambda: gzip.open(io.BytesIO(), 'rb', encoding='utf-8'), lambda: gzip.GzipFile(fileobj=io.BytesIO(raw)).write(b'x'), lambda: gzip.compress(b'', compresslevel=10)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ if hasattr(gzip, 'READ') else '', gzip.GzipFile.__mro__[1].__name__)
