# sys.getsizeof of core types: CPython 64-bit sizes for ints, floats, strs, bytes, tuples, lists, dicts, sets.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

samples = [0, 1, 2**30, 2**60, 2**100, -1, True, 1.5, 1j, '', 'a', 'abc', 'é', '中', '\U0001f600', 'a' * 100, b'', b'abc', bytearray(), bytearray(b'abc'),
           (), (1,), (1, 2, 3), [], [1], [1, 2, 3], {}, {'a': 1}, set(), {1, 2, 3}, frozenset(), None, range(10), slice(1)]
for s in samples:
    print(repr(s)[:20], sys.getsizeof(s))
grow = []
sizes = []
for i in range(20):
    grow.append(i)
    sizes.append(sys.getsizeof(grow))
print(sizes)
print(sys.getsizeof(object()), sys.getsizeof(1, 'default'))
class C:
    pass
print(sys.getsizeof(C()))
t('bad sizeof', lambda: sys.getsizeof(type('B', (), {'__sizeof__': lambda self: -1})()))
