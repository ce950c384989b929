# calls: positional/keyword/default arguments, *args/**kwargs unpacking, keyword-only, positional-only, every binding error.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def f(a, b, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)
print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4, z=0))
print(f(*[1, 2], **{'d': 4, 'e': 6}))
print(f(1, *(2, 3), *[4], d=0, **{'x': 1}, **{'y': 2}))
t('missing positional', lambda: f(1, d=4))
t('missing two', lambda: f(d=4))
t('missing kwonly', lambda: f(1, 2))
t('dup value', lambda: f(1, 2, a=1, d=4))
t('dup kwargs', lambda: f(1, 2, d=1, **{'d': 2}))
t('kwargs non str', lambda: f(1, 2, d=1, **{1: 2}))
t('kwargs non mapping', lambda: f(1, 2, **[1]))
t('star non iter', lambda: f(*5))
def g(a, b=2):
    return a, b
t('too many', lambda: g(1, 2, 3))
t('unexpected kw', lambda: g(1, c=3))
t('no args', lambda: g())
def h(x, /, y, *, z):
    return x, y, z
t('posonly', lambda: h(1, 2, z=3))
t('posonly kw', lambda: h(x=1, y=2, z=3))
t('kwonly pos', lambda: h(1, 2, 3))
def only_kw(*, a, b):
    return a, b
t('kw only missing both', lambda: only_kw())
def no_params():
    return 'none'
t('no params given arg', lambda: no_params(1))
t('no params given kw', lambda: no_params(x=1))
def kwargs_only(**kw):
    return kw
t('kwargs name same as param', lambda: kwargs_only(kw=1, self=2))
def posonly_and_kwargs(a, /, **kw):
    return a, kw
t('posonly name in kwargs', lambda: posonly_and_kwargs(1, a=2))
class C:
    def m(self, x):
        return x
t('method missing', lambda: C().m())
t('method too many', lambda: C().m(1, 2))
t('unbound call', lambda: C.m(1))
def many_defaults(a=1, b=2, c=3):
    return a, b, c
t('skip defaults', lambda: many_defaults(c=30))
