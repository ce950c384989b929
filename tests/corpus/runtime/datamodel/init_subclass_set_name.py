# __init_subclass__ (with class keywords) and __set_name__: call order, errors raised inside them.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class Plugin:
    registry = []
    def __init_subclass__(cls, /, kind='default', **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        Plugin.registry.append(cls.__name__)
        log.append(('init_subclass', cls.__name__, kind))
class Named:
    def __set_name__(self, owner, name):
        log.append(('set_name', owner.__name__, name))
        self.name = name
class A(Plugin, kind='alpha'):
    field = Named()
    other = Named()
class B(A):
    pass
print(log, Plugin.registry, A.kind, B.kind, A.field.name)
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
t('unknown kw', lambda: type('X', (object,), {}, unknown=1))
t('unknown kw via class', lambda: exec('class X(bogus=1): pass'))
class Raising:
    def __set_name__(self, owner, name):
        raise ValueError('set_name failed for ' + name)
t('set_name raises', lambda: exec('class Y:\n    attr = Raising()', {'Raising': Raising}))
class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, 'required'):
            raise TypeError(cls.__name__ + ' must define required')
t('init_subclass raises', lambda: type('Z', (Strict,), {}))
print(type('Ok', (Strict,), {'required': 1}).__name__)
class Late:
    pass
n = Named()
Late.attr = n
print(hasattr(n, 'name'))
