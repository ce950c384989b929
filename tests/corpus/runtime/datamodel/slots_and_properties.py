# __slots__ combined with properties, class attributes, defaults via class variables not allowed, slots in deep hierarchies.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Vec:
    __slots__ = ('_x', '_y')
    def __init__(self, x, y):
        self._x, self._y = x, y
    @property
    def x(self):
        return self._x
    @property
    def norm2(self):
        return self._x ** 2 + self._y ** 2
v = Vec(3, 4)
print(v.x, v.norm2, Vec.__slots__, hasattr(v, '__dict__'))
t('set property', lambda: setattr(v, 'x', 1))
class A:
    __slots__ = ('a',)
class B(A):
    __slots__ = ('b',)
class C(B):
    __slots__ = ()
c = C()
c.a, c.b = 1, 2
print(c.a, c.b, [k for k in ('a', 'b') if k in C.__dict__], 'a' in A.__dict__)
t('C new attr', lambda: setattr(c, 'z', 1))
t('C dict', lambda: c.__dict__)
class Weak:
    __slots__ = ('__weakref__',)
print(hasattr(Weak(), '__weakref__'), Weak().__weakref__)
