# memoryview: strided views, slice assignment, casts to many formats, N-d shapes, 0-d views, release, hash.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(bytes(memoryview(bytearray(range(10)))[::3]), bytearray(memoryview(b'abcdef')[::-2]))
m = memoryview(bytearray(b'abcdef'))
m2 = m[::2]
m2[1] = 0x5a; print(m.obj)
m2[:] = b'123'; print(m.obj)
t('mv bad assign', lambda: m2.__setitem__(slice(0, 2), b'123'))
t('mv getbuf noncontig writable', lambda: bytearray(m2))
print(memoryview(b'abcd').cast('H').tolist(), memoryview(b'abcdefgh').cast('B', [2, 4]).tolist(), memoryview(b'abcdefgh').cast('B', [2, 2, 2]).tobytes())
x = memoryview(bytearray(8)).cast('i'); x[1] = -5; print(x.tolist(), x.obj)
t('mv bad val', lambda: x.__setitem__(0, 2**40))
t('mv bad type', lambda: x.__setitem__(0, 'a'))
d = memoryview(bytearray(16)).cast('d'); d[0] = 1.5; d[1] = 3; print(d.tolist())
print(memoryview(b'ab') == b'ab', memoryview(b'ab').cast('c') == b'ab', memoryview(b'ab').cast('c').tolist())
mm = memoryview(b'abcdefgh').cast('B', [2, 4]); print(mm[1, 2], mm.shape, mm.strides, mm.ndim, len(mm), mm.c_contiguous, mm.f_contiguous)
t('nd index', lambda: mm[1])
t('nd slice', lambda: mm[:, 1])
z = memoryview(b'abcd').cast('B', []); print(z.ndim, z.shape, z[()], z.tolist(), len(z))
with memoryview(b'x') as q: pass
t('rel', lambda: q[0]); t('rel2', lambda: q.format); print(repr(q)[:18])
mv = memoryview(b'abc'); e = memoryview(mv); mv.release(); print(e.tobytes(), e.obj)
t('ro', lambda: memoryview(bytearray(b'a')).toreadonly().__setitem__(0, 1))
t('hash ro ba', lambda: hash(memoryview(bytearray(b'a')).toreadonly()))
t('hash H', lambda: hash(memoryview(b'ab').cast('H')))
print(hash(memoryview(b'abc')[::2]) == hash(b'ac'))
