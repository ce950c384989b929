# sys.getsizeof growth patterns: list over-allocation, dict and set resizes, str by kind, bytes/bytearray, tuples by length.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
print([sys.getsizeof(tuple(range(n))) for n in range(6)])
print([sys.getsizeof('x' * n) for n in (0, 1, 10, 100)], [sys.getsizeof('é' * n) for n in (1, 10)], [sys.getsizeof('中' * n) for n in (1, 10)], [sys.getsizeof('\U0001f600' * n) for n in (1, 10)])
print([sys.getsizeof(b'x' * n) for n in (0, 1, 10)], [sys.getsizeof(bytearray(b'x' * n)) for n in (0, 1, 10)])
d = {}
ds = []
for i in range(20):
    d[i] = i
    ds.append(sys.getsizeof(d))
print(ds)
s = set()
ss = []
for i in range(20):
    s.add(i)
    ss.append(sys.getsizeof(s))
print(ss)
print([sys.getsizeof(list(range(n))) for n in (0, 1, 5, 10)], [sys.getsizeof([None] * n) for n in (0, 1, 5, 10)])
print([sys.getsizeof(v) for v in (0, 1, -1, 2**15, 2**30, 2**45, 2**60, 2**90, 10**30, 1.0, 1j, True, False, None)])
