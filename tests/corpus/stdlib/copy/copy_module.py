# copy: copy/deepcopy of builtins, memo handling, user classes with __dict__ and __slots__, dispatch via copyreg, Error.
import copy, collections, array
x = [1, {'a': (2, [3])}, {4, 5}, frozenset([6]), b'7', bytearray(b'8'), 9.0, None, collections.OrderedDict(z=1), collections.deque([1, 2], maxlen=3)]
y = copy.deepcopy(x); print(y == x, [a is b for a, b in zip(x, y)])
z = copy.copy(x); print([a is b for a, b in zip(x, z)])
class A:
    def __init__(self): self.items = [1]; self.me = self
a = A(); b = copy.deepcopy(a); print(b.me is b, b.items is not a.items, copy.copy(a).items is a.items)
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = [1]; t = copy.deepcopy(s); print(t.p, t.p is not s.p, hasattr(t, 'q'))
class Both:
    __slots__ = ('x', '__dict__')
o = Both(); o.x = 1; o.y = 2; c = copy.copy(o); print(c.x, c.y)
memo = {}; l = [1]; d1 = copy.deepcopy([l, l], memo); print(d1[0] is d1[1], id(l) in memo)
print(copy.deepcopy(array.array('i', [1, 2])), copy.copy(range(3)), copy.deepcopy(slice(1, [2])) if False else '', copy.deepcopy({1: {2: 3}}))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
class Weird:
    def __reduce_ex__(self, p): raise copy.Error('nope')
try: copy.copy(Weird())
except copy.Error as e: print(type(e).__name__, e)
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(int) is int, copy.deepcopy(Ellipsis) is Ellipsis, copy.deepcopy(NotImplemented) is NotImplemented)
import functools, types
p = functools.partial(max, 1); print(copy.deepcopy(p)(5), copy.copy(types.SimpleNamespace(a=1)), copy.deepcopy(types.MappingProxyType({})) if False else '')
try: copy.deepcopy(types.MappingProxyType({}))
except TypeError as e: print(type(e).__name__, e)
