# collections.Counter: counting, most_common, arithmetic, comparisons, elements, update/subtract, reprs.
from collections import Counter
c = Counter('abracadabra')
print(c, c.most_common(), c.most_common(2), c['z'], len(c), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
d = Counter(a=3, b=1, e=5)
print(c + d, c - d, c & d, c | d, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
c.update('aaz'); c.update({'b': 10}); print(c)
c.subtract(a=100, q=1); print(c)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) >= Counter(a=2, b=1), Counter(a=1) < Counter(a=1))
print(Counter(), repr(Counter(x=1.5, y=-2)), Counter({'x': 'str'}) if False else '')
c2 = c.copy(); del c2['a']; del c2['nothere']; print('a' in c2, c2 == c)
print(Counter([1, 1, 2]).fromkeys if False else '')
try: Counter.fromkeys('abc')
except NotImplementedError as e: print(type(e).__name__, e)
try: Counter('a', 'b')
except TypeError as e: print(type(e).__name__, e)
class MyC(Counter):
    def __missing__(self, k): return 42
print(MyC('aab')['zz'], MyC('aab'))
import pickle, copy
print(pickle.loads(pickle.dumps(Counter('hello'))), copy.deepcopy(Counter(x=[1])) if False else copy.copy(Counter('xy')))
print(Counter('aab').most_common(0), Counter('aabbc').most_common(-1))
print(Counter(a=2, b=-3).__reduce__())
n = Counter(); n['k'] += 1; n['k'] += 1; print(n)
