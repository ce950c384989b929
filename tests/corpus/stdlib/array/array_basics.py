# array.array: every typecode, construction, methods, slicing, comparisons, concatenation, errors.
import array

print(array.typecodes, sorted(n for n in dir(array) if not n.startswith('__')))
for code in array.typecodes:
    init = 'hello' if code == 'u' else [1, 2, 3, 250 if code in 'BHILQhilq' else 100]
    a = array.array(code, init)
    print(code, a.itemsize, a.typecode, a, len(a), a[0], a[-1], a.tolist(), a[1:3], a[::-1], a[::2])
    b = a + a
    b.reverse()
    print('  ', b, b.count(a[0]), b.index(a[1]), a[0] in a, a == b, a < b, a * 2, len(a * 0), a.buffer_info()[1])
a = array.array('i', [5, 1, 4])
a.append(7); a.insert(0, -1); a.insert(-1, 9); a.insert(100, 8); a.extend([2, 3]); a.extend(array.array('i', [6]))
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(4)
a[1] = 42
a[2:4] = array.array('i', [10, 11, 12])
del a[0]
print(a, a.tolist())
del a[::2]
print(a)
a += array.array('i', [1, 2])
a *= 2
print(a, a.tobytes())
d = array.array('d', [1.5, -2.25, 1e300])
d.byteswap()
d.byteswap()
print(d, d.tobytes(), array.array('d', d.tobytes()), array.array('f', [0.1]))
u = array.array('u', 'abc')
u.fromunicode('de')
print(u, u.tounicode(), repr(array.array('u')), array.array('b', b'\x01\xff'), array.array('h', array.array('h', [1, 2])))
x = array.array('B')
x.frombytes(b'\x01\x02\x03')
x.fromlist([4, 5])
print(x, x.__reduce_ex__(2), x.__reduce_ex__(3)[1][1:], array.array('q', [2**63 - 1]), array.array('Q', [2**64 - 1]))
y = array.array('i', [1, 2])
z = y.__copy__()
z[0] = 100
print(y, z, array._array_reconstructor(array.array, 'i', 8, b'\x01\x00\x00\x00'))
for code, vals in [('b', [128, -129]), ('B', [256, -1]), ('h', [2**15, -2**15 - 1]), ('H', [2**16, -1]), ('i', [2**31, -2**31 - 1]),
                   ('I', [2**32, -1]), ('l', [2**63, -2**63 - 1]), ('L', [2**64, -1]), ('q', [2**63, -2**63 - 1]), ('Q', [2**64, -1]),
                   ('b', ['x', 1.5]), ('f', ['x']), ('u', [1, 'ab'])]:
    for v in vals:
        try:
            array.array(code, [v])
        except Exception as e:
            print(code, repr(v), type(e).__name__, e)
tests = ['array.array("z")', 'array.array("i", 5)', 'array.array("i", [1, 2])[5]', 'array.array("i").pop()', 'array.array("i", [1]).remove(3)',
         'array.array("i", [1]).index(3)', 'array.array("i") + array.array("d")', 'array.array("i") + [1]', 'array.array("i", b"abc")',
         'array.array("b", "ab")', 'array.array("i").tounicode()', 'array.array("i", [1])[0:1] = [1]', 'array.array()',
         'array.array("i").fromlist((1,))', 'array.array("i", [1, 2, 3]).__setitem__(slice(0, 3, 2), array.array("i", [1]))']
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
class MyArray(array.array):
    pass
m = MyArray('i', [1, 2])
print(type(m).__name__, m, m + m, type(m + m).__name__, isinstance(m, array.array), type(iter(m)).__name__)
