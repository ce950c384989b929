def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    def m(self): return "A.m"
    @classmethod
    def cm(cls): return "A.cm " + cls.__name__
    @staticmethod
    def sm(): return "A.sm"
    @property
    def p(self): return "A.p"
    def __init_subclass__(cls, **kw):
        print("A.init_subclass", cls.__name__, kw)
class B(A, tag=1):
    def m(self): return "B.m>" + super().m()
    @classmethod
    def cm(cls): return "B.cm>" + super().cm()
    @property
    def p(self): return "B.p>" + super().p
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
class C(B, tag=2): pass
print(C().m(), C.cm(), C().cm(), C().p)
print(super(B, C()).m(), super(B, C).cm(), super(B, C).sm())
t(lambda: super(B, C).m)
t(lambda: super(B, 1))
t(lambda: super(1, 1))
t(lambda: super())
t(lambda: super(B, C()).nothing)
t(lambda: repr(super(B, C())))
t(lambda: repr(super(B)))
t(lambda: super(B).__thisclass__)
t(lambda: super(B, C()).__self_class__)
t(lambda: super(A, A()).__class__)
t(lambda: super(B, C()).__class__)
def outside(self): return super().m()
t(lambda: outside(C()))
class D(A):
    def m(self):
        def inner(): return super().m()
        return inner()
t(lambda: D().m())
class E(A):
    def m(self, *args): return super().m()
t(lambda: E().m())
class F(A):
    def m(*args): return super().m()
t(lambda: F().m())
class G:
    def __repr__(self): return "G!"
    def __len__(self): return 3
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
    def __contains__(self, x): return x == 99
    def __bool__(self): return False
    def __call__(self, *a, **k): return (a, k)
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
    def __index__(self): return 7
    def __lt__(self, o): return "lt"
    def __iter__(self): return iter([1, 2])
g = G()
print(repr(g), str(g), len(g), g[1], 99 in g, 1 in g, bool(g), g(1, x=2), -g, ~g, g.__index__(), g < 1, 1 > g, list(g))
class H(G):
    __iter__ = None
    __contains__ = None
t(lambda: iter(H()))
t(lambda: 1 in H())
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __iadd__(self, o): self.v += 100; return self
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return ("rpow", o)
    def __divmod__(self, o): return "dm"
    def __rdivmod__(self, o): return "rdm"
    def __repr__(self): return f"Num({self.v})"
n = Num(1)
print(n + 1, 1 + n, n + n, n ** 2, n.__pow__(2, 3), 2 ** n, n.__divmod__(1), n.__rdivmod__(1))
n += 1; print(n)
class Late: pass
l = Late()
t(lambda: len(l))
Late.__len__ = lambda self: 42
t(lambda: len(l))
del Late.__len__
t(lambda: len(l))
Late.__eq__ = lambda s, o: True
t(lambda: l == 5)
t(lambda: hash(l) > 0)
class Sub(Late): pass
Late.__repr__ = lambda s: "late!"
print(repr(Sub()))
class MyList(list):
    def __len__(self): return 99
ml = MyList([1,2])
print(len(ml), ml.__len__(), list.__len__(ml))
class MyDict(dict):
    def __missing__(self, k): return "missing " + k

class Meta(type):
    def __len__(cls): return 5
    def __getitem__(cls, k): return ("meta", k)
    def __repr__(cls): return "<Meta " + cls.__name__ + ">"
class WM(metaclass=Meta): pass
print(len(WM), WM[1], repr(WM), WM)
print(int.__add__(1, 2), (1).__add__(2), int.__radd__(1, 2), float.__add__(1.5, 2.0))
print(object.__eq__(g, g), object.__ne__(g, 1))
t(lambda: object.__lt__(1, 2))
t(lambda: int.__dict__ is None)
print(type(int.__add__).__name__, type((1).__add__).__name__, type(int.__new__).__name__, type(object.__init__).__name__)
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print(hash(None) == None.__hash__(), [].__len__(), (1).__bool__(), (0).__bool__())
