# decorators: function and class decorators, stacking order, decorators with arguments, arbitrary expressions (PEP 614).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

order = []
def deco(name):
    order.append('factory ' + name)
    def wrap(fn):
        order.append('apply ' + name)
        def inner(*a, **k):
            return name + '(' + str(fn(*a, **k)) + ')'
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco('outer')
@deco('inner')
def f(x):
    return x * 2
print(order, f(5), f.__name__)
def register(cls):
    cls.registered = True
    return cls
@register
class K:
    pass
print(K.registered)
decorators = {'d': lambda fn: (lambda: 'from dict ' + fn())}
@decorators['d']
def g():
    return 'g'
print(g())
@(lambda fn: fn)
def h():
    return 'h'
print(h())
class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Counter
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.calls, type(add).__name__)
def replace(fn):
    return 42
@replace
def gone():
    pass
print(gone)
def method_deco(fn):
    def w(self, *a):
        return ('wrapped', fn(self, *a))
    return w
class M:
    @method_deco
    def m(self, v):
        return v
print(M().m(7))
