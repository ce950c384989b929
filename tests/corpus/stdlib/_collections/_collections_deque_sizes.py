# deque.__sizeof__ follows CPython's 64-slot blocks; rotate, remove, index and mutation during iteration.
from _collections import deque
import sys
d = deque()
sizes = []
for i in range(200):
    d.append(i)
    sizes.append(d.__sizeof__())
for i in range(150):
    d.popleft()
    sizes.append(d.__sizeof__())
for i in range(100):
    d.appendleft(i)
    sizes.append(d.__sizeof__())
print(sorted(set(sizes)), sizes[::37])
print(deque(range(100)).__sizeof__(), deque('x').__sizeof__(), deque().__sizeof__())
e = deque(); e.extendleft(range(70)); print(e.__sizeof__(), list(e)[:3])
r = deque(range(10))
for n in [3, -4, 25, -13, 0, 10]:
    r.rotate(n); print(n, list(r))
big = deque(range(1000)); big.rotate(333); print(big[0], big[-1], big[500], big.index(0), big.count(5))
class Eq:
    def __init__(self, d): self.d = d
    def __eq__(self, other):
        self.d.append(1)
        return False
q = deque([1, 2, 3]); q.append(Eq(q))
for f in [lambda: q.index(99), lambda: q.count(99), lambda: 99 in q, lambda: q.remove(99)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
a = deque([1, 2]); b = deque([1, 2])
print(a == b, a != b, a <= b, a > b, deque([1, [2]]) == deque([1, [2]]), deque() < deque([0]))
print(deque.__module__, deque.__name__, type(iter(deque())).__name__, type(reversed(deque())).__name__)
w = deque(range(5), maxlen=3); w.extendleft('ab'); print(w); w.extend('xyz'); print(w); w.insert(1, 'q') if len(w) < 3 else print('full')
print(list(deque('abcdef', maxlen=4)), deque(maxlen=2) == deque(), deque([1]) * 0, deque([1, 2]) * -1)
