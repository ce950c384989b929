def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def f(a, b: int) -> str:
    "doc of f"
    return a
sm = staticmethod(f)
print(list(sm.__dict__))
print(sm.__wrapped__ is f, sm.__func__ is f, sm.__name__, sm.__qualname__, sm.__doc__, sm.__isabstractmethod__)
print(sm(1, 2))
cm = classmethod(f)
print(list(cm.__dict__))
t(lambda: staticmethod())
t(lambda: staticmethod(1, 2))
t(lambda: staticmethod(f=1))
t(lambda: classmethod())
t(lambda: classmethod(f=1))
t(lambda: repr(staticmethod(1))[:14])
t(lambda: repr(classmethod(1))[:14])
t(lambda: staticmethod(1)())
t(lambda: staticmethod.__new__(staticmethod).__func__)
t(lambda: staticmethod.__new__(staticmethod).__get__(1))
t(lambda: classmethod.__new__(classmethod).__get__(1))
class P:
    @classmethod
    @property
    def cp(cls): return "cp of " + cls.__name__
    @property
    def x(self):
        "x doc"
        return 5
    y = property()
    z = property(lambda s: 1, doc="zdoc")
print(P.cp)
print(P.x.__doc__, P.z.__doc__, P.y.__doc__)
p = P()
t(lambda: p.y)
t(lambda: setattr(p, 'x', 1))
t(lambda: delattr(p, 'x'))
t(lambda: setattr(p, 'y', 1))
t(lambda: property.__get__(P.y, p))
t(lambda: property.__set__(property(), p, 1))
t(lambda: property.__delete__(property(), p))
t(lambda: property(1,2,3,4,5))
t(lambda: property(fget=1, x=2))
t(lambda: P.x.fget.__name__)
t(lambda: (P.x.fset, P.x.fdel))
q = P.x.setter(lambda s, v: print("set", v))
print(q.__doc__, q.fget is P.x.fget)
class Q:
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @v.deleter
    def v(self): del self._v
o = Q(); o.v = 3; print(o.v); del o.v; t(lambda: o.v)
t(lambda: P.x.__set_name__(1))
t(lambda: P.x.__set_name__(1,2,3))
t(lambda: P.x.__isabstractmethod__)
class F:
    def __get__(s, i, o): return 'F'
    __isabstractmethod__ = True
t(lambda: property(F()).__isabstractmethod__)
t(lambda: staticmethod(F()).__isabstractmethod__)

class PS(property):
    pass
ps = PS(lambda s: 1)
print(ps.__doc__, type(ps).__name__, list(ps.__dict__))
ps2 = ps.setter(lambda s, v: 0)
print(type(ps2).__name__)
class SS(staticmethod): pass
print(SS(f)(3, 4))

