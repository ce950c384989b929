# _functools.partial: calls, flattening, repr, pickling state, subclasses.
from _functools import partial
def f(*a, **k): return a, k
p = partial(f, 1, 2, x=3)
print(p(4, y=5), p(x=9))
print(repr(p).replace(hex(id(f)), 'ID'))
q = partial(p, 7, z=1)
print(q.func is f, q.args, q.keywords)
print(q.__reduce__()[1][0] is f, q.__reduce__()[2][1:])
try: partial()
except Exception as e: print(type(e).__name__, e)
try: partial(1)
except Exception as e: print(type(e).__name__, e)
class P(partial): pass
pp = P(f, 1)
print(repr(pp).replace(hex(id(f)), 'ID'), pp(2))
p.attr = 5
print(p.__dict__)
p.__setstate__((f, (1,), None, None))
print(p(), p.__dict__)
try: p.__setstate__((1, 2))
except Exception as e: print(type(e).__name__, e)
try: p.func = 3
except Exception as e: print(type(e).__name__, e)
r = partial(f)
r2 = partial(r, r)
print(repr(partial(print, partial)))
# Keyword merging: the call's keywords override the stored ones; positional order is stored then given.
def g(a, b=0, *rest, c=1, **kw): return (a, b, rest, c, sorted(kw.items()))
p = partial(g, 1, c=5, z=0)
print(p(), p(2, 3, 4), p(c=7), p(z=9, y=8), p.keywords, p.args)
print(partial(partial(g, 1, c=2), c=3, d=4)(), partial(partial(g), b=2)(1))
try: p(1, 2, a=3)
except TypeError as e: print(e)
print(partial(sorted, key=len)(['ccc', 'a', 'bb']), partial(int, base=2)('1010'))
print(type(partial).__name__, partial.__module__, partial.__name__, partial.__qualname__)
print(sorted(k for k in dir(partial(g)) if not k.startswith('__')))
