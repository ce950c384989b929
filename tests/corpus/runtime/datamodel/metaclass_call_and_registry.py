# metaclass patterns: a class registry, __call__ interception, __instancecheck__, class-level __repr__ and operators via the metaclass.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        return cls
    def __add__(cls, other):
        return f'{cls.__name__}+{other.__name__}'
    def __iter__(cls):
        return iter(sorted(Registry.classes))
    def __contains__(cls, name):
        return name in Registry.classes
class A(metaclass=Registry):
    pass
class B(A):
    pass
print(sorted(Registry.classes), A + B, list(A), 'B' in A, 'Z' in B, type(B).__name__)
class Counting(type):
    def __call__(cls, *a, **k):
        cls.instances = getattr(cls, 'instances', 0) + 1
        return super().__call__(*a, **k)
class W(metaclass=Counting):
    def __init__(self, v=None):
        self.v = v
W(); W(1); W(v=2)
print(W.instances)
t('metaclass attr via instance', lambda: W().instances)
t('metaclass method not on instance', lambda: A().__add__)
