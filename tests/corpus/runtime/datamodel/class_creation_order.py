# the order of class creation steps: __prepare__, body, __set_name__, __init_subclass__, metaclass __init__, decorators.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append('prepare ' + name)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        log.append('meta new ' + name)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append('meta init ' + name)
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append('init_subclass ' + cls.__name__)
class Field:
    def __set_name__(self, owner, name):
        log.append('set_name ' + name)
def deco(cls):
    log.append('decorator ' + cls.__name__)
    return cls
@deco
class Child(Base):
    log.append('body')
    f = Field()
for entry in log:
    print(entry)
