# BZ2Compressor / BZ2Decompressor: chunked input, max_length, needs_input, eof, unused_data.
import bz2
from _bz2 import BZ2Compressor, BZ2Decompressor

data = b''.join(b'line %d of the data\n' % i for i in range(5000))
c = BZ2Compressor(7)
parts = [c.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(c.flush())
print([len(p) for p in parts if p], sum(map(len, parts)))
stream = b''.join(parts)
print(stream == bz2.compress(data, 7))
for f in [lambda: c.compress(b'x'), lambda: c.flush()]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)

d = BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
out = []
for i in range(0, len(stream), 777):
    out.append(d.decompress(stream[i:i + 777]))
print(b''.join(out) == data, d.eof, d.needs_input, d.unused_data)
try:
    d.decompress(b'more')
except EOFError as e:
    print('EOFError', e)

d = BZ2Decompressor()
got = d.decompress(stream, max_length=100)
print(len(got), d.needs_input, d.eof)
chunks = [got]
while not d.eof:
    chunk = d.decompress(b'', 30000)
    chunks.append(chunk)
    print(len(chunk), d.needs_input, d.eof)
print(b''.join(chunks) == data)

d = BZ2Decompressor()
print(len(d.decompress(stream + b'trailing junk')), d.eof, d.unused_data, d.needs_input)
d = BZ2Decompressor()
print(d.decompress(stream, 0), d.needs_input, d.eof)
print(len(d.decompress(b'', -1)), d.eof)

for f in [lambda: BZ2Compressor(0), lambda: BZ2Compressor(compresslevel=3), lambda: BZ2Compressor(1, 2),
          lambda: BZ2Decompressor(1), lambda: BZ2Decompressor().decompress('str'),
          lambda: BZ2Decompressor().decompress(b'BZh9garbage'), lambda: BZ2Decompressor().decompress(b'', 1.0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for attr in ['eof', 'needs_input', 'unused_data']:
    try:
        setattr(BZ2Decompressor(), attr, 1)
    except AttributeError as e:
        print('AttributeError', e)
try:
    class Sub(BZ2Decompressor):
        pass
except TypeError as e:
    print('TypeError', e)
