# bz2.open / BZ2File: text and binary modes, seeking, appending a second stream, readline.
import bz2
import io
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'x.bz2')
with bz2.open(path, 'wt', encoding='utf-8') as f:
    for i in range(300):
        f.write(f'row {i}: {"é" * (i % 5)}\n')
with bz2.open(path, 'rt', encoding='utf-8') as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1])
with bz2.BZ2File(path, 'a') as f:
    f.write(b'appended stream\n')
with bz2.BZ2File(path) as f:
    print(f.readable(), f.seekable(), f.writable())
    print(f.read(10))
    f.seek(100)
    print(f.readline())
    print(f.tell())
    rest = f.read()
    print(len(rest), rest[-16:])
    f.seek(0)
    print(f.peek(1)[:1])
with open(path, 'rb') as raw:
    print(raw.read(4))
buf = io.BytesIO()
with bz2.BZ2File(buf, 'w', compresslevel=1) as f:
    print(f.write(b'to memory' * 10))
print(len(buf.getvalue()), bz2.decompress(buf.getvalue())[:18])
for mode in ['rw', 'x', 'wb+']:
    try:
        bz2.open(path, mode)
    except ValueError as e:
        print('ValueError', e)
    except OSError as e:
        print(type(e).__name__, e.errno)
f = bz2.BZ2File(path)
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
os.remove(path)
os.rmdir(d)
