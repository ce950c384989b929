# bytearray: mutation (item/slice assignment, append, extend, insert, pop, remove, clear, reverse), in-place ops.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = bytearray(b'hello')
print(a, repr(a), len(a), a[0], a[1:3])
a[0] = 72
a[1:3] = b'EL'
print(a)
a[1:3] = b'xyz123'
print(a)
a[::2] = b'_' * len(a[::2])
print(a)
del a[0]
del a[::3]
print(a)
a.append(33)
a.extend(b'??')
a.extend([49, 50])
a.insert(0, 62)
a.insert(-1, 60)
a.insert(100, 61)
print(a, a.pop(), a.pop(0), a)
a.remove(ord('?'))
a.reverse()
print(a)
b = a.copy()
a.clear()
print(a, b)
t('setitem range', lambda: bytearray(b'a').__setitem__(0, 256))
t('setitem type', lambda: bytearray(b'a').__setitem__(0, 'x'))
t('append bad', lambda: bytearray().append(-1))
t('pop empty', lambda: bytearray().pop())
t('remove missing', lambda: bytearray(b'a').remove(98))
t('extended slice size', lambda: bytearray(b'abcd').__setitem__(slice(None, None, 2), b'xyz'))
t('iadd', lambda: (lambda x: (x.__iadd__(b'cd'), x)[1])(bytearray(b'ab')))
t('imul', lambda: (lambda x: (x.__imul__(3), x)[1])(bytearray(b'ab')))
t('mul', lambda: bytearray(b'ab') * 2)
t('hash', lambda: hash(bytearray()))
t('eq bytes', lambda: (bytearray(b'a') == b'a', bytearray(b'a') < b'b', type(bytearray(b'a') + b'b')))
t('ctor', lambda: (bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(), bytearray(b'x')))
t('methods return bytearray', lambda: [type(x).__name__ for x in (bytearray(b'a').upper(), bytearray(b'a b').split()[0], bytearray(b'ab').strip())])
t('fromhex', lambda: bytearray.fromhex('de ad'))
t('decode', lambda: bytearray(b'\xc3\xa9').decode())
t('slice assign self', lambda: (lambda x: (x.__setitem__(slice(1, 2), x), x)[1])(bytearray(b'abc')))
t('assign int to slice', lambda: bytearray(b'abc').__setitem__(slice(0, 1), 5))
def resize_while_exported():
    x = bytearray(b'abc')
    m = memoryview(x)
    try:
        x.append(1)
    finally:
        m.release()
t('resize exported', resize_while_exported)
t('alloc', lambda: bytearray(b'x').__alloc__() >= 1)
