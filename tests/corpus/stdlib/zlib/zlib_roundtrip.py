# zlib: compress/decompress at every level and container (zlib, raw, gzip), stream objects with
# flush modes, max_length and unconsumed_tail, dictionaries, copy, crc32/adler32, constants and errors.
import zlib

DATA = b'The quick brown fox jumps over the lazy dog. ' * 40 + bytes(range(256)) * 3
print(zlib.ZLIB_VERSION, zlib.ZLIB_RUNTIME_VERSION, zlib.MAX_WBITS, zlib.DEF_BUF_SIZE, zlib.Z_TREES, zlib.Z_FIXED)
for level in range(-1, 10):
    c = zlib.compress(DATA, level)
    print(level, len(c), c[:12].hex(), zlib.crc32(c), zlib.decompress(c) == DATA)
for wbits in (9, 12, 15, -15, -9, 31, 25):
    c = zlib.compress(DATA, 6, wbits)
    print(wbits, len(c), c[:12].hex(), zlib.decompress(c, wbits) == DATA, zlib.decompress(c, wbits, 10) == DATA)
print(zlib.decompress(zlib.compress(DATA, wbits=31), 47) == DATA, zlib.decompress(zlib.compress(DATA), 32 + 15) == DATA)
print(zlib.compress(b''), zlib.compress(b'a'), zlib.decompress(zlib.compress(b'')), zlib.compress(bytearray(b'xyz'), level=9))
co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
parts = [co.compress(DATA[:100]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(DATA[100:]), co.flush(zlib.Z_FULL_FLUSH),
         co.compress(b'end'), co.flush(zlib.Z_NO_FLUSH), co.flush()]
print([len(p) for p in parts], b''.join(parts).hex()[:40])
raw = b''.join(parts)
do = zlib.decompressobj(-12)
out = do.decompress(raw, 100)
print(len(out), len(do.unconsumed_tail), do.eof, do.unused_data)
while do.unconsumed_tail:
    out += do.decompress(do.unconsumed_tail, 500)
out += do.flush()
print(out == DATA + b'end', do.eof)
d2 = zlib.decompressobj()
full = zlib.compress(b'payload') + b'TRAILING'
print(d2.decompress(full), d2.unused_data, d2.eof, d2.unconsumed_tail, d2.flush())
zd = b'quick brown fox lazy dog'
cz = zlib.compressobj(zdict=zd)
cd = cz.compress(DATA) + cz.flush()
dz = zlib.decompressobj(zdict=zd)
print(len(cd), dz.decompress(cd) == DATA)
try:
    zlib.decompress(cd)
except zlib.error as e:
    print('error', e)
co = zlib.compressobj()
co.compress(DATA[:500])
co2 = co.copy()
print((co.compress(b'A') + co.flush()) != (co2.compress(b'B') + co2.flush()))
do = zlib.decompressobj()
half = zlib.compress(DATA)
do.decompress(half[:50])
do2 = do.copy()
print(do.decompress(half[50:]) == do2.decompress(half[50:]))
print(zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')), zlib.crc32(b'x', -1), zlib.crc32(b'x', 2**40))
print(zlib.adler32(b''), zlib.adler32(b'hello'), zlib.adler32(b'world', 12345), zlib.adler32(DATA))
tests = ['zlib.decompress(b"garbage")', 'zlib.decompress(zlib.compress(b"abc")[:-2])', 'zlib.compress(b"x", 10)',
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
