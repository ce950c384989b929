# collections: ChainMap, UserDict, UserList, UserString, deque recipes and defaultdict factories.
from collections import ChainMap, UserDict, UserList, UserString, deque, defaultdict
base = {'a': 1, 'b': 2}; over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], len(cm), sorted(cm), list(cm), cm.get('z', 0), 'c' in cm, cm)
cm['a'] = 100; print(over, base)
child = cm.new_child({'d': 4}); print(child, child.parents, child.maps[0])
del cm['a']
try: del cm['a']
except KeyError as e: print(type(e).__name__, e)
try: ChainMap().popitem()
except KeyError as e: print(type(e).__name__, e)
print(cm.pop('c'), cm, dict(ChainMap({'x': 1}, {'x': 2, 'y': 3})), ChainMap({1: 2}) | {3: 4})
class Lower(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
u = Lower(A=1); u['B'] = 2; u.update(C=3); print(u, u.data, 'a' in u, len(u), u.copy(), type(u.copy()).__name__)
class D(UserDict):
    def __missing__(self, k): return k * 2
print(D()['ab'], D(x=1) == {'x': 1})
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4); print(ul, ul[1:], type(ul[1:]).__name__, ul + [5], ul * 2, 3 in ul)
us = UserString('Hello'); print(us.upper(), us[1:], us + '!', us * 2, us == 'Hello', us.find('l'), type(us.upper()).__name__)
dq = deque(range(5), maxlen=3); print(dq, dq.maxlen)
dq.append(9); dq.appendleft(-1); print(dq); dq.rotate(1); print(dq); dq.rotate(-2); print(dq)
dq.extendleft('ab'); print(dq, dq.count('a'), dq.index('a'))
def moving_average(it, n=3):
    d = deque(maxlen=n); out = []
    for x in it:
        d.append(x)
        if len(d) == n: out.append(sum(d) / n)
    return out
print(moving_average([40, 30, 50, 46, 39, 44]))
def tail(it, n): return list(deque(it, maxlen=n))
print(tail(range(100), 4))
try: deque().pop()
except IndexError as e: print(type(e).__name__, e)
try: deque([1]).remove(5)
except ValueError as e: print(type(e).__name__, e)
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]: dd[k].append(v)
print(dd, dict(dd), dd.default_factory)
ddd = defaultdict(lambda: defaultdict(int)); ddd['x']['y'] += 2; print({k: dict(v) for k, v in ddd.items()})
try: defaultdict(None)['missing']
except KeyError as e: print(type(e).__name__, e)
try: defaultdict(5)
except TypeError as e: print(type(e).__name__, e)
print(repr(defaultdict(int, a=1)), defaultdict(int) | {'q': 1}, defaultdict(set).__missing__('k'))
