# itertools: count (fast and slow modes, repr, pickling), plus the module's names and doc.
import itertools as it
from itertools import *
print(it.__doc__ == it.__doc__, len(it.__doc__))
print(sorted(dir(it)))
c = count(); print(next(c), next(c), c, count(5), count(2.5, 0.5), count(1, 2), count(10**20), count(-3, 1.0))
c = count(2.5, 0.5); [next(c) for _ in range(3)]; print(c, c.__reduce__())
print(count(5).__reduce__(), list(islice(count(10**19 - 2), 3)), count(step=True), count(start=3, step=-1))
c = count(9223372036854775805); print([next(c) for _ in range(4)], c)
for a in [('a',), (1, 'b'), (1, 2, 3)]:
    try: count(*a)
    except Exception as e: print(type(e).__name__, e)
