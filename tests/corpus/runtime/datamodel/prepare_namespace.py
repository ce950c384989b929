# __prepare__: custom namespace mappings for class bodies, ordered recording, returning non-dicts, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls
class C(metaclass=Meta, option=True):
    b = 1
    a = 2
    def m(self): pass
    b = 3
print(C.order, C.b)
class Lookup(dict):
    def __missing__(self, k):
        if k.startswith('auto_'):
            return 'auto value for ' + k
        raise KeyError(k)
class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Lookup()
class D(metaclass=Meta2):
    x = auto_thing
print(D.x)
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
t('bad prepare', lambda: BadPrepare('E', (), {}) and exec('class E(metaclass=BadPrepare): pass', {'BadPrepare': BadPrepare}))
print(type.__prepare__('X', ()), type(type.__prepare__()).__name__)
