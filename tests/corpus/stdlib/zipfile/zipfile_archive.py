# zipfile: writing (writestr, write, compression kinds, comments, directories) and reading (namelist, infolist fields, read, open streams, testzip), in memory and on disk; errors.
import zipfile, io, os, tempfile
def put(path, text, encoding=None):
    with open(path, 'w', encoding=encoding) as f: f.write(text)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo('fixed.txt', date_time=(2020, 1, 2, 3, 4, 6)), 'fixed date content\n' * 5)
    z.writestr(zipfile.ZipInfo('stored.bin', date_time=(1999, 12, 31, 23, 59, 58)), bytes(range(256)), compress_type=zipfile.ZIP_STORED)
    z.writestr(zipfile.ZipInfo('dir/', date_time=(2001, 1, 1, 0, 0, 0)), '')
    zi = zipfile.ZipInfo('dir/bz.txt', date_time=(2010, 6, 7, 8, 9, 10)); zi.compress_type = zipfile.ZIP_BZIP2; z.writestr(zi, 'bzip2 data ' * 20)
    zi = zipfile.ZipInfo('lz.txt', date_time=(2010, 6, 7, 8, 9, 10)); z.writestr(zi, 'lzma ' * 30, compress_type=zipfile.ZIP_LZMA)
    z.comment = b'archive comment'
data = buf.getvalue(); print(len(data) > 0, zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b'not a zip')))
with zipfile.ZipFile(io.BytesIO(data)) as z:
    print(z.namelist(), z.comment, z.testzip())
    for i in z.infolist(): print(i.filename, i.date_time, i.compress_type, i.file_size, i.is_dir(), i.CRC, i.external_attr >> 16, repr(i)[:40])
    print(z.read('fixed.txt')[:20], z.read('stored.bin')[250:], z.read('dir/bz.txt')[:11], z.read('lz.txt')[:10], z.getinfo('fixed.txt').compress_size < 95)
    with z.open('fixed.txt') as f: print(f.readline(), f.read(5), f.seekable())
    for bad in [lambda: z.read('missing'), lambda: z.getinfo('nope'), lambda: z.open('fixed.txt', 'x')]:
        try: print(bad())
        except Exception as e: print(type(e).__name__, e)
    p = zipfile.Path(z); print(sorted(x.name for x in p.iterdir()), (p / 'dir' / 'bz.txt').read_text()[:5], (p / 'dir').is_dir())
try: zipfile.ZipFile(io.BytesIO(b'PK garbage'))
except zipfile.BadZipFile as e: print(type(e).__name__, e)
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'a.txt'); put(src, 'on disk\n')
    zp = os.path.join(d, 'x.zip')
    with zipfile.ZipFile(zp, 'w') as z: z.write(src, 'inner/a.txt'); z.mkdir('empty') if hasattr(zipfile.ZipFile, 'mkdir') else None
    with zipfile.ZipFile(zp, 'a') as z: z.writestr('appended.txt', 'more')
    with zipfile.ZipFile(zp) as z: print(z.namelist()); z.extractall(os.path.join(d, 'out'))
    print(sorted(os.path.relpath(os.path.join(r, f), d) for r, _, fs in os.walk(os.path.join(d, 'out')) for f in fs))
    with zipfile.ZipFile(zp) as z: print(z.extract('appended.txt', d) == os.path.join(d, 'appended.txt'), open(os.path.join(d, 'appended.txt')).read())
    try: zipfile.ZipFile(zp, 'q')
    except ValueError as e: print(type(e).__name__, e)
with zipfile.ZipFile(io.BytesIO(), 'w') as z:
    z.writestr('dup', 'a')
    import warnings
    with warnings.catch_warnings(record=True) as w: warnings.simplefilter('always'); z.writestr('dup', 'b'); print([str(x.message) for x in w])
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
