# _collections.deque: the methods, bounded deques, operators, comparisons, repr, iterators, subclasses.
from _collections import deque, defaultdict, _count_elements, _tuplegetter, _deque_iterator, _deque_reverse_iterator
import sys
d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], 2 in d, 5 in d)
d.append(4); d.appendleft(0); print(d)
print(d.pop(), d.popleft(), d)
d.extend(range(5)); d.extendleft('ab'); print(d)
d.rotate(3); print(d); d.rotate(-5); print(d); d.rotate(); print(d)
d.reverse(); print(d)
print(d.count(1), d.index(1), d.index(1, 3), d.index(1, -3, -1) if 1 in list(d)[-3:-1] else 'x')
d.remove('a'); print(d)
d.insert(2, 'z'); d.insert(-1, 'y'); d.insert(100, 'w'); d.insert(-100, 'v'); print(d)
del d[1]; d[0] = 'Q'; print(d)
b = deque(range(10), maxlen=3); print(b, b.maxlen)
b.append(10); b.appendleft(-1); print(b)
try: b.insert(0, 5)
except Exception as e: print(type(e).__name__, e)
print(deque(maxlen=0), deque([1, 2], 0))
for args in [(1, 2, 3), ([], -1), ([], 'x')]:
    try: deque(*args)
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])[0:1],
          lambda: deque([1]).remove(3), lambda: deque([1]).index(3), lambda: deque([1]) + [1], lambda: deque().rotate('a'),
          lambda: deque().insert('a', 1), lambda: deque().index(1, 'a'), lambda: deque([1]).insert(1), lambda: hash(deque())]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, 2 * deque([7]), deque([1, 2, 3], maxlen=4) * 2)
x = deque([1]); x += [2, 3]; x *= 2; print(x)
x.extend(x); print(x)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) < deque([1, 2]), deque([2]) >= deque([1, 2]), deque([1]) == [1])
r = deque([1]); r.append(r); print(r)
it = iter(deque([1, 2, 3]))
print(next(it), it.__length_hint__(), it.__reduce__()[1][1], list(it))
rv = reversed(deque([1, 2, 3])); print(type(rv).__name__, list(rv))
m = deque([1, 2, 3]); it = iter(m); next(it); m.append(4)
try: next(it)
except Exception as e: print(type(e).__name__, e)
print(deque([1, 2, 3], 5).__reduce__()[:2], deque([1]).__reduce__()[:3])
print(list(_deque_iterator(deque([1, 2, 3]), 1)), list(_deque_reverse_iterator(deque([1, 2, 3]), 1)))
class D(deque):
    pass
dd = D([1, 2], 5); print(dd, dd.copy(), type(dd.copy()).__name__, dd + dd)
print(bool(deque()), bool(deque([0])), deque([1, 2]).copy(), d.__copy__() == d)
d2 = deque(range(200)); 
for i in range(150): d2.popleft(); d2.append(i)
d2.rotate(77); print(list(d2)[:5], d2[100], d2[-7])
