# super() in more places: __new__, classmethods, properties, __init_subclass__, with explicit types, super of a metaclass.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Base:
    def __new__(cls, *a):
        obj = super().__new__(cls)
        obj.created_by = 'Base.__new__'
        return obj
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = 'tagged ' + cls.__name__
    @classmethod
    def create(cls):
        return cls.__name__
    def greet(self):
        return 'base greet'
class Child(Base):
    def __new__(cls, *a):
        obj = super().__new__(cls, *a)
        obj.child = True
        return obj
    @classmethod
    def create(cls):
        return 'child>' + super().create()
    def greet(self):
        return 'child>' + super().greet()
c = Child(1)
print(c.created_by, c.child, Child.create(), c.greet(), Child.tag, super(Child, c).greet(), super(Child, Child).create())
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['meta_made'] = True
        return super().__new__(mcls, name, bases, ns)
class M(metaclass=Meta):
    pass
print(M.meta_made)
t('super type check', lambda: super(int, 'x'))
t('super getattr of missing', lambda: super(Child, c).child)
t('super dunder', lambda: super(Child, c).__class__.__name__)
t('super get', lambda: type(super(Child).__get__(c)).__name__)
