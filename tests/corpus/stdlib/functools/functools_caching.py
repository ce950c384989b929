# functools: lru_cache (stats, maxsize, typed, cache_clear, cache_parameters, wrapped), cache, cached_property.
import functools
from functools import lru_cache, cache, cached_property
@lru_cache(maxsize=3)
def sq(x):
    print('  compute', x)
    return x * x
for v in [1, 2, 1, 3, 4, 1, 2]: print(sq(v))
print(sq.cache_info(), sq.cache_parameters(), sq.__wrapped__(5), sq.__name__)
sq.cache_clear(); print(sq.cache_info())
@lru_cache(typed=True)
def ident(x): return type(x).__name__
print(ident(1), ident(1.0), ident(True), ident.cache_info())
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info(), fact.cache_parameters())
@lru_cache(maxsize=0)
def nocache(x): return x
nocache(1); nocache(1); print(nocache.cache_info())
@lru_cache
def kw(a, b=2, *, c=3): return (a, b, c)
print(kw(1), kw(1, 2), kw(1, b=2), kw(a=1), kw(1, c=3), kw.cache_info())
try: kw([1])
except TypeError as e: print(type(e).__name__, e)
try: lru_cache(maxsize='x')
except TypeError as e: print(type(e).__name__, e)
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n * 10
    @lru_cache
    def meth(self, x): return x + self.n
c = C(); print(c.val, c.val, c.n, c.__dict__); del c.val; print(c.val, c.meth(1), C.meth.cache_info())
print(type(C.__dict__['val']).__name__, C.val.attrname, C.__dict__['val'].__doc__)
class S:
    __slots__ = ('a',)
    @cached_property
    def p(self): return 1
try: S().p
except TypeError as e: print(type(e).__name__, e)
try:
    class Two:
        @cached_property
        def a(self): return 1
        b = a
except (TypeError, RuntimeError) as e: print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else '')
cp = cached_property(lambda self: 1)
try: cp.__get__(C(), C)
except TypeError as e: print(type(e).__name__, e)
import pickle
print(pickle.loads(pickle.dumps(fib)) is fib, repr(fib).startswith('<functools._lru_cache_wrapper'))
