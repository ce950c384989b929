# LZMACompressor / LZMADecompressor: chunks, max_length, needs_input, eof, unused_data, check.
import lzma
from _lzma import LZMACompressor, LZMADecompressor

data = bytes(range(256)) * 400 + b'tail'
c = LZMACompressor(preset=3)
parts = [c.compress(data[i:i + 5000]) for i in range(0, len(data), 5000)]
parts.append(c.flush())
stream = b''.join(parts)
print([len(p) for p in parts], stream == lzma.compress(data, preset=3))
for f in [lambda: c.compress(b'x'), c.flush]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)

d = LZMADecompressor()
print(d.check, d.eof, d.needs_input, d.unused_data)
out = b''.join(d.decompress(stream[i:i + 999]) for i in range(0, len(stream), 999))
print(out == data, d.check, d.eof, d.needs_input, d.unused_data)
try:
    d.decompress(b'x')
except EOFError as e:
    print('EOFError', e)

d = LZMADecompressor()
got = [d.decompress(stream, max_length=1000)]
print(len(got[0]), d.needs_input, d.eof)
while not d.eof:
    got.append(d.decompress(b'', 40000))
    print(len(got[-1]), d.needs_input, d.eof)
print(b''.join(got) == data)

d = LZMADecompressor(format=lzma.FORMAT_XZ)
print(len(d.decompress(stream + b'extra bytes')), d.unused_data, d.eof, d.needs_input)
d = LZMADecompressor()
print(d.decompress(stream[:10]), d.needs_input, d.check)
print(d.decompress(b'', 0), d.needs_input)

alone = lzma.compress(b'alone data', format=lzma.FORMAT_ALONE)
d = LZMADecompressor(lzma.FORMAT_ALONE)
print(d.decompress(alone), d.check, d.eof)

for f in [lambda: LZMADecompressor(format=lzma.FORMAT_RAW), lambda: LZMADecompressor(filters=[]),
          lambda: LZMADecompressor(format=lzma.FORMAT_RAW, memlimit=1, filters=[]), lambda: LZMADecompressor(memlimit=-1),
          lambda: LZMADecompressor(9), lambda: LZMADecompressor(1, 2, 3, 4), lambda: LZMACompressor(bogus=1),
          lambda: LZMACompressor(format=1.0), lambda: LZMACompressor(filters=[{'id': lzma.FILTER_LZMA2}] * 5),
          lambda: LZMACompressor(filters=[5]), lambda: LZMACompressor(filters=[{}]), lambda: LZMACompressor(filters=[{'id': 99}]),
          lambda: LZMACompressor(filters=[{'id': lzma.FILTER_LZMA2, 'lc': 'x'}]),
          lambda: LZMACompressor(filters=[{'id': lzma.FILTER_DELTA, 'bogus': 1}]),
          lambda: LZMACompressor(format=lzma.FORMAT_ALONE, filters=[{'id': lzma.FILTER_LZMA2}]),
          lambda: LZMADecompressor().decompress(b'', max_length='x'), lambda: LZMADecompressor().decompress('s')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
