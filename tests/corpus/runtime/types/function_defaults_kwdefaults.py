# function __defaults__/__kwdefaults__ mutation after definition changes later calls; __code__ argument counts.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def f(a, b=1, *, c=2, d):
    return a, b, c, d
print(f(0, d=3), f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (100,)
f.__kwdefaults__ = {'c': 200, 'd': 300}
print(f(0), f(0, 5, c=6))
f.__defaults__ = None
t('no defaults now', lambda: f(0))
f.__kwdefaults__ = None
t('no kwdefaults', lambda: f(0, 1))
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2), g.__defaults__)
co = f.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames[:4], bool(co.co_flags & 4), bool(co.co_flags & 8))
def h(*args, **kw):
    pass
print(bool(h.__code__.co_flags & 4), bool(h.__code__.co_flags & 8), h.__code__.co_varnames)
t('kwdefaults type', lambda: setattr(f, '__kwdefaults__', [1]))
