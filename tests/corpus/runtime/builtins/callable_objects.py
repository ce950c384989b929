# callable objects: classes with __call__, bound methods of builtins, functools-free partial via closures, call errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (x + self.n) * scale
add5 = Adder(5)
print(add5(1), add5(1, scale=3), list(map(add5, [1, 2])), sorted([3, 1], key=Adder(0)))
def partial(fn, *a, **k):
    def call(*more, **kw):
        return fn(*a, *more, **{**k, **kw})
    return call
p = partial(pow, 2)
print(p(10), partial(int, base=2)('101'), partial(max, key=len)('a', 'bbb', 'cc'))
t('call with bad kw', lambda: add5(1, bogus=2))
t('call missing', lambda: add5())
t('call static class', lambda: Adder())
class NotCallable:
    pass
t('not callable', lambda: NotCallable()())
class CallAttr:
    __call__ = 5
t('call attr not callable', lambda: CallAttr()())
