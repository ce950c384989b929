# tarfile: writing members from bytes (TarInfo fields, formats, compression gz/bz2/xz) in memory, reading (getnames, getmember, extractfile, iteration), extraction to a temp dir; errors.
import tarfile, io, os, tempfile
def build(mode, fmt=tarfile.PAX_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode, format=fmt) as t:
        for name, data in [('a.txt', b'alpha\n'), ('dir/b.bin', bytes(range(50))), ('dir/long_' + 'x' * 120 + '.txt', b'long name')]:
            ti = tarfile.TarInfo(name); ti.size = len(data); ti.mtime = 1000000000; ti.mode = 0o640; ti.uid = ti.gid = 0; ti.uname = ti.gname = 'root'
            t.addfile(ti, io.BytesIO(data))
        d = tarfile.TarInfo('emptydir'); d.type = tarfile.DIRTYPE; d.mtime = 1000000000; d.mode = 0o755; t.addfile(d)
        l = tarfile.TarInfo('link'); l.type = tarfile.SYMTYPE; l.linkname = 'a.txt'; l.mtime = 1000000000; t.addfile(l)
    return buf.getvalue()
for mode in ['w', 'w:gz', 'w:bz2', 'w:xz']:
    data = build(mode)
    with tarfile.open(fileobj=io.BytesIO(data)) as t:
        print(mode, t.getnames()[:2], len(t.getmembers()), t.extractfile('a.txt').read(), tarfile.is_tarfile(io.BytesIO(data)))
for fmt in [tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT]:
    try: data = build('w', fmt); print(fmt, len(data) % 512, len(tarfile.open(fileobj=io.BytesIO(data)).getnames()))
    except ValueError as e: print(fmt, type(e).__name__, e)
data = build('w:gz')
with tarfile.open(fileobj=io.BytesIO(data), mode='r:gz') as t:
    for m in t: print(m.name[:20], m.size, oct(m.mode), m.mtime, m.type, m.isfile(), m.isdir(), m.issym(), m.linkname, m.uname)
    m = t.getmember('dir/b.bin'); print(repr(m)[:20], t.extractfile(m).read()[-5:], t.extractfile('emptydir'))
    for bad in [lambda: t.getmember('missing'), lambda: t.extractfile('nope')]:
        try: print(bad())
        except KeyError as e: print(type(e).__name__, e)
    with tempfile.TemporaryDirectory() as d:
        t.extractall(d)
        print(sorted(os.path.relpath(os.path.join(r, f), d)[:20] for r, ds, fs in os.walk(d) for f in fs + ds), oct(os.stat(os.path.join(d, 'a.txt')).st_mode & 0o777), os.readlink(os.path.join(d, 'link')))
for bad in [lambda: tarfile.open(fileobj=io.BytesIO(b'garbage' * 100)), lambda: tarfile.open(fileobj=io.BytesIO(data), mode='r:bz2'), lambda: tarfile.open(fileobj=io.BytesIO(), mode='q')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(tarfile.DEFAULT_FORMAT, tarfile.TarInfo('x').get_info()['name'], tarfile.TarInfo('n').tobuf()[:10])
