# Attribute and global lookups stay right when what a site saw before changes (inline caches).
import sys


class A:
    x = 1
    def m(self):
        return 'A.m'


def get_x(o):
    return o.x


def call_m(o):
    return o.m()


a = A()
print([get_x(a) for _ in range(3)])
A.x = 2                      # class attribute replaced
print(get_x(a))
a.x = 3                      # instance dict now shadows it
print(get_x(a))
del a.x
print(get_x(a))
print([call_m(a) for _ in range(3)])
a.m = lambda: 'instance m'   # instance dict shadows the method
print(call_m(a))
del a.m
A.m = lambda self: 'new A.m'  # method replaced on the class
print(call_m(a))


class B(A):
    pass


b = B()
print([get_x(b) for _ in range(3)], call_m(b))
A.x = 10                     # a base class changes
print(get_x(b))
B.x = property(lambda self: 'property on B')
print(get_x(b))
del B.x
print(get_x(b))


class C:
    pass


c = C()
c.__class__ = A              # the instance changes class
print(get_x(c))
c.__class__ = B
print(get_x(c))


class S:
    __slots__ = ('x', 'y')


s = S()
s.x = 5
print(get_x(s))
del s.x
try:
    get_x(s)
except AttributeError as e:
    print('AttributeError', e)


def set_x(o, v):
    o.x = v


for v in range(3):
    set_x(s, v)
print(s.x)
for v in range(3):
    set_x(a, v)
print(a.x, A.x)


class D:
    def __init__(self):
        self.store = {}
    def __set__(self, obj, value):
        self.store[id(obj)] = value
    def __get__(self, obj, owner=None):
        return 'from descriptor' if obj is not None else self


class E:
    pass


e = E()
for v in range(3):
    set_x(e, v)
print(e.__dict__)
E.x = D()                    # a data descriptor now takes the stores
set_x(e, 99)
print(e.__dict__, get_x(e))


class NonData:
    def __get__(self, obj, owner=None):
        return 'non-data'


class F:
    x = NonData()


f = F()
print([get_x(f) for _ in range(3)])
NonData.__set__ = lambda self, obj, value: None   # the descriptor's own class gains __set__
f.__dict__['x'] = 'instance'
print(get_x(f))
del NonData.__set__
print(get_x(f))


def uses_len(seq):
    return len(seq)


print([uses_len('abc') for _ in range(3)])
len = lambda seq: 'global len'   # a global now shadows the builtin
print(uses_len('abc'))
del len
print(uses_len('abc'))


def uses_missing():
    return missing_name


try:
    uses_missing()
except NameError as e:
    print('NameError', e)
missing_name = 'now defined'
print(uses_missing())
del missing_name
try:
    uses_missing()
except NameError as e:
    print('NameError', e)

# A module attribute replaced behind a cached method load.
mod = type(sys)('mod')
mod.twice = lambda v: v * 2


def twice2():
    return mod.twice(2.0)


print([twice2() for _ in range(3)])
real_twice = mod.twice
mod.twice = lambda v: 'patched'
print(twice2())
mod.twice = real_twice
print(twice2())


class G:
    def __getattr__(self, name):
        return 'getattr ' + name


g = G()
print(get_x(g))
g.x = 'set'
print(get_x(g))


class H:
    pass


h = H()
h.x = 1
print(get_x(h))
H.__getattribute__ = lambda self, name: 'getattribute ' + name
print(get_x(h))
del H.__getattribute__
print(get_x(h))


# Many attributes on one class: the class lookup cache grows.
class Many:
    pass


for i in range(300):
    setattr(Many, f'a{i}', i)
m = Many()
print(sum(getattr(m, f'a{i}') for i in range(300)), m.a17, m.a299)
