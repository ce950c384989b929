# collections: namedtuple (defaults, rename, _make/_asdict/_replace/_fields, errors) and OrderedDict (move_to_end, popitem, equality, reprs).
from collections import namedtuple, OrderedDict
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._make([3, 4]), P._fields, P._field_defaults, P.__doc__)
print(P.x.__doc__, hash(p) == hash((1, 2)), p == (1, 2), isinstance(p, tuple), P.__name__, P.__qualname__)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[5, 6]); print(Q(1), Q._field_defaults, Q(1, 2, 3))
R = namedtuple('R', 'abc def ghi _x abc', rename=True); print(R._fields)
for f in [lambda: namedtuple('Bad', 'a a'), lambda: namedtuple('Bad', 'a def'), lambda: namedtuple('Bad', '_a'),
          lambda: namedtuple('1x', 'a'), lambda: P(1), lambda: P(1, 2, 3), lambda: p._replace(z=1), lambda: P._make([1]),
          lambda: namedtuple('T', 'a', defaults=[1, 2]), lambda: setattr(p, 'x', 5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Point(namedtuple('Point', 'x y')):
    __slots__ = ()
    @property
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self): return f'<{self.x},{self.y}>'
print(Point(3, 4).norm, str(Point(3, 4)), repr(Point(3, 4)))
import pickle, copy
print(pickle.loads(pickle.dumps(p)), copy.copy(p), p.__getnewargs__())
M = namedtuple('M', 'a b', module='mymod'); print(M.__module__)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('e', last=False); print(list(od), od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
od2 = OrderedDict([(1, 'x'), (2, 'y')]); od2[0] = 'z'; print(od2, list(reversed(od2)), list(od2.items()))
try: OrderedDict().popitem()
except KeyError as e: print(type(e).__name__, e)
try: od2.move_to_end(99)
except KeyError as e: print(type(e).__name__, e)
print(od2.setdefault(5, 'w'), od2.pop(1), od2.pop(77, 'dflt'), od2 | {9: 9}, OrderedDict())
print(pickle.loads(pickle.dumps(od2)), copy.deepcopy(od2), od2.__reduce__()[0].__name__)
r = OrderedDict(); r['self'] = r; print(r)
print(list(od2.keys()), list(od2.values()), list(od2.items()), od2.keys() == {2, 0, 5})
