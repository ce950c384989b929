# cooperative multiple inheritance: super() chains through __init__ with kwargs, mixins, method resolution visiting each class once.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class Base:
    def __init__(self, **kw):
        log.append('Base')
        self.extra = kw
class Named(Base):
    def __init__(self, name=None, **kw):
        log.append('Named')
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age=0, **kw):
        log.append('Aged')
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        log.append('Person')
        super().__init__(**kw)
p = Person(name='ann', age=30, city='x')
print(log, p.name, p.age, p.extra, [c.__name__ for c in Person.__mro__])
class Mixin:
    def describe(self):
        return 'mixin sees ' + type(self).__name__ + ' ' + super().describe()
class Core:
    def describe(self):
        return 'core'
class Thing(Mixin, Core):
    pass
print(Thing().describe())
