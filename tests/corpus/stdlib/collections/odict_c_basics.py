# The C OrderedDict (_collections.OrderedDict): order operations, equality, views, repr, copying,
# pickling, sizes and the instance __dict__.
import collections
import _collections
import copy
import pickle
import sys
from collections import OrderedDict


def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)


print(OrderedDict is _collections.OrderedDict, OrderedDict.__module__, OrderedDict.__mro__)
print(sorted(set(dir(OrderedDict)) - set(dir(dict))))
print(isinstance(OrderedDict(), dict), issubclass(OrderedDict, collections.abc.MutableMapping))

od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('b')
print(list(od))
od.move_to_end('d', last=False)
print(list(od), list(reversed(od)))
od.move_to_end('d', False)
od.move_to_end('b', True)
print(list(od))
show("move_to_end missing", lambda: od.move_to_end('zz'))
show("move_to_end empty", lambda: OrderedDict().move_to_end('zz'))
print(od.popitem(), od.popitem(last=False), od.popitem(False), od)
show("popitem empty", OrderedDict().popitem)
show("popitem 2 args", lambda: OrderedDict(a=1).popitem(1, 2))

od = OrderedDict([('x', 1), ('y', 2)], z=3)
print(od, len(od), od['y'], od.get('q', 'none'))
od['x'] = 10
print(od)
del od['y']
od['y'] = 20
print(od, od.pop('x'), od.pop('nope', 'dflt'))
show("pop missing", lambda: od.pop('nope'))
print(od.setdefault('z', 99), od.setdefault('new', 5), od)
show("OrderedDict(1, 2)", lambda: OrderedDict(1, 2))
show("update 2 positionals", lambda: OrderedDict().update(1, 2))

a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
print(a == b, a != b, a == dict(b), dict(b) == a, a == OrderedDict(a=1, b=2))
print(a | {'c': 3}, {'c': 3} | a, type(a | {}).__name__)
a |= [('d', 4)]
print(a)

v = OrderedDict(one=1, two=2, three=3)
print(v.keys(), v.values(), v.items())
print(type(v.keys()).__name__, type(v.keys()).__mro__[1].__name__, type(iter(v)).__name__)
print(list(reversed(v.keys())), list(reversed(v.values())), list(reversed(v.items())))
print('two' in v.keys(), ('two', 2) in v.items(), len(v.values()))
print(v.keys() & {'one', 'x'}, v.keys() - {'one'} == {'two', 'three'})

rec = OrderedDict(a=1)
rec['self'] = rec
print(repr(rec), repr(OrderedDict()))


class Sub(OrderedDict):
    pass


s = Sub(q=1, r=2)
s.attr = 'kept'
print(s, s.__dict__, s.__reduce__()[:3])
print(OrderedDict(a=1).__reduce__()[:4])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(back).__name__, back, back.attr)
print(copy.copy(s), copy.copy(s).attr, copy.deepcopy(OrderedDict(k=[1, 2])))
c = v.copy()
print(c, c is v, type(c).__name__, Sub(v).copy().__class__.__name__)
it = iter(OrderedDict.fromkeys('abcd'))
next(it)
print(list(pickle.loads(pickle.dumps(it))), list(it))

for n in (0, 1, 3, 5, 6, 10, 11, 50):
    print(n, OrderedDict.fromkeys(range(n)).__sizeof__(), OrderedDict((str(i), i) for i in range(n)).__sizeof__())
print(sys.getsizeof(OrderedDict()) > sys.getsizeof({}))
x = OrderedDict()
x.extra = 1
print(x.__dict__, vars(x))
print(OrderedDict.fromkeys('ab', value=7), Sub.fromkeys('xy'))
