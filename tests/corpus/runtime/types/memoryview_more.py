# memoryview: slicing of slices, comparisons with bytearray, tolist of casts, nbytes after slicing, released errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

data = bytearray(range(16))
m = memoryview(data)
s = m[2:14][1:-1:2]
print(s.tolist(), s.nbytes, s.contiguous, s.c_contiguous, bytes(s), s == bytes(s), s.obj is data)
i = memoryview(bytes(range(8))).cast('i')
print(i.format, i.itemsize, i.shape, i.tolist(), i.nbytes)
q = memoryview(bytes(range(16))).cast('Q')
print(q.tolist(), len(q))
print(memoryview(b'ab') == bytearray(b'ab'), memoryview(b'ab') == memoryview(bytearray(b'ab')), memoryview(b'') == b'')
m.release()
t('after release len', lambda: len(m))
t('after release index', lambda: m[0])
t('cast shape', lambda: memoryview(bytes(6)).cast('B', [2, 3]).tolist())
t('bad format', lambda: memoryview(b'ab').cast('Z'))
t('c format', lambda: memoryview(b'ab').cast('c').tolist())
