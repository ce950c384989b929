# _collections.defaultdict: __missing__, the factory, repr (with recursion), copy, |, pickling state.
from _collections import deque, defaultdict, _count_elements, _tuplegetter, _deque_iterator, _deque_reverse_iterator
import sys
# defaultdict
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dd.default_factory)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(int, a=1))
try: defaultdict(5)
except Exception as e: print(type(e).__name__, e)
try: defaultdict()['x']
except Exception as e: print(type(e).__name__, e, repr(e))
c = dd.copy(); print(type(c).__name__, c == dd, c is not dd, c.default_factory)
print(dd.__reduce__()[:4], list(dd.__reduce__()[4]))
print(dd | {'z': 1}, {'y': 2} | dd, type({'y': 2} | dd).__name__)
dd |= {'q': 0}; print(dd)
class DD(defaultdict):
    def __missing__(self, k): return 42
print(DD(int)['x'], repr(DD(int)))
ddr = defaultdict(); ddr.default_factory = ddr; print(ddr); ddr[1] = ddr; print(repr(ddr))
cnt = defaultdict(int)
for ch in 'mississippi': cnt[ch] += 1
print(sorted(cnt.items()))
