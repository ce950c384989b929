# zlib on literal data: every level and wbits, stream objects with flush modes and max_length, dictionaries, checksums, errors.
import zlib
D = b'The quick brown fox jumps over the lazy dog. The quick brown fox jumps over the lazy dog. abcabcabcabcabcabc'
for level in range(-1, 10):
    c = zlib.compress(D, level)
    print(level, c, zlib.crc32(c), zlib.adler32(c), zlib.decompress(c))
for wbits in (9, 12, 15, -15, -9, 31, 25):
    c = zlib.compress(D, 6, wbits)
    print(wbits, c, zlib.decompress(c, wbits), zlib.decompress(c, wbits, 3))
print(zlib.compress(b''), zlib.compress(b'a'), zlib.decompress(zlib.compress(b'')))
co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
parts = [co.compress(D), co.flush(zlib.Z_SYNC_FLUSH), co.compress(D), co.flush(zlib.Z_FULL_FLUSH), co.compress(b'end'), co.flush(zlib.Z_NO_FLUSH), co.flush()]
print(parts)
do = zlib.decompressobj(-12)
for p in parts:
    print(do.decompress(p, 10), do.unconsumed_tail, do.eof)
print(do.flush(), do.eof)
d2 = zlib.decompressobj()
print(d2.decompress(b'x\x9c+H\xac\xcc\xc9OL\x01\x00\x0c\xa2\x02\xf8TRAILING'), d2.unused_data, d2.eof, d2.unconsumed_tail, d2.flush())
cz = zlib.compressobj(zdict=b'quick brown fox lazy dog')
cd = cz.compress(D)
cd2 = cz.flush()
print(cd, cd2)
dz = zlib.decompressobj(zdict=b'quick brown fox lazy dog')
print(dz.decompress(cd2))
try:
    zlib.decompress(cd2)
except zlib.error as e:
    print('error', e)
print(zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')), zlib.crc32(b'x', -1), zlib.crc32(b'x', 2**40))
print(zlib.adler32(b''), zlib.adler32(b'hello'), zlib.adler32(b'world', 12345))
tests = ['zlib.decompress(b"garbage")', 'zlib.decompress(b"x\\x9c+H\\xac\\xcc\\xc9OL\\x01\\x00")', 'zlib.compress(b"x", 10)',
         'zlib.compress("text")', 'zlib.compress(b"x", wbits=5)', 'zlib.decompress(b"x", bufsize=-1)', 'zlib.compressobj(method=9)',
         'zlib.compressobj(memLevel=0)', 'zlib.decompressobj(wbits=100)', 'zlib.decompressobj(zdict=5)', 'zlib.decompressobj().decompress(b"x", -1)',
         'zlib.decompressobj().flush(0)', 'zlib.crc32()', 'zlib.crc32("s")', 'zlib.adler32(b"a", 1.5)', 'zlib.compress(b"x", 1.5)',
         'zlib.compress(b"x", 2**40)', 'zlib.decompress(zlib.compress(b"x"), -15)', 'zlib.decompressobj().decompress(b"\\x78\\x9c\\xff\\xff")']
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__qualname__, zlib.error.__module__, sorted(n for n in dir(zlib) if not n.startswith('_')))
