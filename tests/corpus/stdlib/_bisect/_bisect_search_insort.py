# _bisect: bisect/insort left and right, lo/hi bounds, key=, list subclasses, errors.
import _abc, _bisect, _heapq
from _bisect import *
a = [1, 2, 2, 3, 5]
print(bisect_left(a, 2), bisect_right(a, 2), bisect_left(a, 2, 2), bisect_right(a, 2, 0, 2), bisect_left(a, 4, hi=None), bisect_right(a, 0))
insort_left(a, 2); insort_right(a, 4); print(a)
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect_left(recs, 3, key=lambda r: r[0]), bisect_right(recs, 3, key=lambda r: r[0]))
insort_right(recs, (4, 'z'), key=lambda r: r[0]); print(recs)
for f in [lambda: bisect_left(a, 1, -1), lambda: bisect_left(a), lambda: bisect_left(a, 1, 'x'), lambda: bisect_left(5, 1), lambda: bisect_left([1, 'a'], 2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class L(list):
    def insert(self, i, x): print('insert', i, x); super().insert(i, x)
l = L([1, 3]); insort_left(l, 2); print(l)
print(bisect_left('abcdef', 'c'), bisect_right(range(10), 4))
