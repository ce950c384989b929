# memoryview over bytes and bytearray: indexing, slicing, tobytes/tolist/hex, release, cast, readonly, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

m = memoryview(b'abcdef')
print(m[0], m[-1], bytes(m[1:4]), m.tobytes(), m.tolist(), m.hex(), len(m), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.contiguous)
print(bytes(m[::2]), m[::-1].tobytes(), m == b'abcdef', m == memoryview(b'abcdef'), m != b'x')
t('setitem readonly', lambda: m.__setitem__(0, 1))
t('obj', lambda: m.obj)
ba = bytearray(b'hello')
mv = memoryview(ba)
mv[0] = ord('J')
mv[1:3] = b'EL'
print(ba, mv.readonly, mv.tobytes())
t('assign size', lambda: mv.__setitem__(slice(0, 2), b'xyz'))
t('assign range', lambda: mv.__setitem__(0, 256))
t('index out', lambda: mv[10])
c = mv.cast('B', [5])
print(c.shape, c.tolist())
t('cast H', lambda: memoryview(b'\x01\x00\x02\x00').cast('H').tolist())
t('cast bad', lambda: memoryview(b'abc').cast('H'))
t('hash bytes', lambda: hash(memoryview(b'ab')) == hash(b'ab'))
t('hash writable', lambda: hash(memoryview(bytearray(b'ab'))))
with memoryview(b'xyz') as r:
    print(r.tobytes())
t('released', lambda: r.tobytes())
t('released repr', lambda: repr(r).startswith('<released memory'))
t('from str', lambda: memoryview('abc'))
t('toreadonly', lambda: memoryview(bytearray(b'a')).toreadonly().readonly)
t('iter', lambda: list(memoryview(b'xy')))
t('repr', lambda: repr(memoryview(b'a')).startswith('<memory at 0x'))
t('bytes of slice', lambda: bytes(memoryview(b'hello')[1:-1]))
t('compare lt', lambda: memoryview(b'a') < memoryview(b'b'))
