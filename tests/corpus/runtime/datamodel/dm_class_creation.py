def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class C:
    x = 1
    def __eq__(self, o): return True
print(C.__hash__)
c = C(); c.a = 1
print(c.__dict__, C.__hash__)
t(lambda: hash(c))
class S:
    __slots__ = ('b', 'a', '__weakref__')
print(S.a)
s = S(); s.a = 1
t(lambda: s.a)
t(lambda: s.b)
t(lambda: setattr(s, 'z', 1))
t(lambda: s.__dict__)
class S2(S): pass
s2 = S2(); s2.z = 3; print(s2.__dict__)
t(lambda: type('X', (), {'__slots__': ['a'], 'a': 1}))
t(lambda: type('X', (), {'__slots__': [1]}))
t(lambda: type('X', (), {'__slots__': ['1a']}))
t(lambda: type('X', (), {'__slots__': ['__dict__', '__dict__']}))
t(lambda: type('X', (C,), {'__slots__': ['__dict__']}))
t(lambda: type('X', (int,), {'__slots__': ['a']}))
t(lambda: type('X', (S,), {'__slots__': ['__weakref__']}))
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {'injected': 1}
    def __call__(cls, *a, **k):
        print("M.__call__", a, k)
        return super().__call__(*a, **k)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class D(Base, metaclass=M, flag=True):
    def __init__(self, v): self.v = v
print(D.injected, D(5).v, type(D).__name__)
class Desc:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class E:
    d = Desc()
class G:
    def __class_getitem__(cls, item): return f"G[{item}]"
print(G[int])
class Entries:
    def __mro_entries__(self, bases): return (Base,)
class H(Entries()): pass
print(H.__bases__, H.__orig_bases__)
class A1:
    def __getattr__(self, n): return "ga:" + n
    def __getattribute__(self, n):
        if n == 'boom': raise AttributeError(n)
        return object.__getattribute__(self, n)
a1 = A1(); a1.q = 1
print(a1.q, a1.boom, a1.zz)
class Other: pass
class O2: pass
o = Other(); o.__class__ = O2; print(type(o).__name__)
t(lambda: setattr(o, '__class__', int))
t(lambda: setattr(1, '__class__', O2))
t(lambda: setattr(s, '__class__', Other))
print(repr(C), str(C.__dict__))
print(C.__name__, C.__qualname__, C.__module__, C.__doc__, C.__base__, C.__bases__, C.__mro__)
print(int.__name__, int.__qualname__, int.__module__)
t(lambda: C.__subclasses__())
t(lambda: object.__subclasshook__())
class K:
    def __new__(cls, *a): return 42
    def __init__(self): print("not called")
print(K())
class Nz:
    __hash__ = None
t(lambda: hash(Nz()))
class Eq2(C):
    __hash__ = object.__hash__
print(type(hash(Eq2())).__name__)
class MyInt(int):
    def __add__(self, o): return "myadd"
print(MyInt(2) + 1, 1 + MyInt(2), MyInt(3) * 2)
class R:
    def __radd__(self, o): return "radd"
    def __rpow__(self, o): return "rpow"
print(1 + R(), 2 ** R())
t(lambda: object.__new__(C, 1))
t(lambda: C(1))
class WithInit:
    def __init__(self, a): pass
t(lambda: object.__new__(WithInit, 1))
t(lambda: WithInit())
t(lambda: object().__init__(1))
t(lambda: C().__init__(1))
t(lambda: object.__init__(WithInit(1), 2))
print(object.__format__(c, ''))
t(lambda: format(c, 'x'))
t(lambda: c.__sizeof__())
t(lambda: C.__sizeof__(c))
class MroMeta(type):
    def mro(cls): return [cls, Base, object]
class WithMro(metaclass=MroMeta): pass
print(WithMro.__mro__)
t(lambda: type.__dict__['__subclasses__'](C))

t(lambda: type('Q', (1,), {}))
t(lambda: type('Q', (bool,), {}))
t(lambda: type('Q', (), {}, x=1))
t(lambda: type(1, 2))
t(lambda: type('Q', (), []))
t(lambda: type('Q', (int, str), {}))
t(lambda: type('Q', (C, C), {}))
class X1: pass
class Y1(X1): pass
t(lambda: type('Q', (X1, Y1), {}))
