# bisect: bisect_left/right, insort, lo/hi bounds, key functions, grading and range-query recipes, errors.
import bisect
a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in (0, 2, 4, 9)], [bisect.bisect_right(a, x) for x in (0, 2, 4, 9)], bisect.bisect(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 1))
b = []; [bisect.insort(b, x) for x in [5, 1, 4, 1, 3]]; print(b); bisect.insort_left(b, 1); bisect.insort_right(b, 4, 0, 3); print(b)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'): return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('black', 0), ('blue', 1), ('red', 5), ('yellow', 8)]
keys = [r[1] for r in recs]; print(recs[bisect.bisect_left(keys, 5)], bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right(recs, 1, key=lambda r: r[1]))
byname = sorted(recs, key=lambda r: r[0]); bisect.insort(byname, ('green', 3), key=lambda r: r[0]); print(byname)
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x: return i
    raise ValueError(f'{x} not found')
print(index(a, 3))
try: index(a, 4)
except ValueError as e: print(type(e).__name__, e)
for bad in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect([1, 'a'], 2) if False else bisect.bisect(['a', 'b'], 1), lambda: bisect.insort(5, 1), lambda: bisect.bisect(a), lambda: bisect.bisect_left(a, 1, hi=-5)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(bisect.bisect_left('abcde', 'c'), bisect.bisect_right((1.0, 2.0), 1), bisect.bisect_left(range(0, 100, 3), 50), bisect.bisect(a, 2, hi=len(a)))
