# bz2.compress / bz2.decompress: exact compressed bytes, levels, multi-stream data and errors.
import bz2
import hashlib

samples = [b'', b'a', b'hello world' * 100, bytes(range(256)) * 50, b'\x00' * 100000]
for data in samples:
    for level in (1, 5, 9):
        c = bz2.compress(data, level)
        print(len(data), level, len(c), hashlib.sha256(c).hexdigest()[:16], bz2.decompress(c) == data)
print(bz2.compress(b'abc'))
two = bz2.compress(b'first ') + bz2.compress(b'second')
print(bz2.decompress(two))
print(bz2.decompress(two + b'\x00\x00'))
for bad in [b'not bz2 data', bz2.compress(b'truncated data here')[:-5], 'text']:
    try:
        print(bz2.decompress(bad))
    except Exception as e:
        print(type(e).__name__, e)
for level in (0, 10, -1, 1.5):
    try:
        bz2.compress(b'x', level)
    except Exception as e:
        print(type(e).__name__, e)
print(bz2.decompress(bytearray(bz2.compress(b'from a bytearray'))), bz2.decompress(memoryview(bz2.compress(b'mv'))))
