# metaclasses: __new__/__init__/__call__ of the metaclass, metaclass inheritance, conflicts, methods on the metaclass.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', name, sorted(k for k in ns if not k.startswith('__')), kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(('call', cls.__name__, a))
        return super().__call__(*a, **k)
    def meta_method(cls):
        return 'meta method of ' + cls.__name__
class A(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v=0):
        self.v = v
class B(A):
    y = 2
a = B(5)
print(log, a.v, type(B).__name__, B.meta_method())
t('meta method via instance', lambda: a.meta_method())
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
t('conflict', lambda: type('Z', (X, Y), {}))
class M3(M1): pass
class W(metaclass=M3): pass
print(type(type('Z2', (X, W), {})).__name__)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Only(metaclass=Singleton):
    pass
print(Only() is Only())
def func_meta(name, bases, ns):
    return 'made by function: ' + name
class F(metaclass=func_meta):
    pass
print(F)
class Repr(type):
    def __repr__(cls):
        return '<Repr class ' + cls.__name__ + '>'
class R(metaclass=Repr): pass
print(R, [R])
