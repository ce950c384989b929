# properties with inheritance: overriding only the setter, calling the parent property via super, property on class access, abstract-free patterns.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Base:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
class Clamped(Base):
    @Base.v.setter
    def v(self, value):
        Base.v.fset(self, max(0, min(10, value)))
c = Clamped()
c.v = 50
print(c.v)
c.v = -5
print(c.v)
class Logged(Base):
    @property
    def v(self):
        return ('logged', super().v)
    @v.setter
    def v(self, value):
        super(Logged, type(self)).v.__set__(self, value * 2)
l = Logged()
l.v = 4
print(l.v, type(Logged.v).__name__, Logged.v.fget.__name__)
class ReadOnlyChild(Base):
    v = property(Base.v.fget)
r = ReadOnlyChild()
t('read only child', lambda: setattr(r, 'v', 1))
print(r.v)
