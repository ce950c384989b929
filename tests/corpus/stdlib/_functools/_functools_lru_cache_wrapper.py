# _functools._lru_cache_wrapper: unbounded, uncached and bounded caches, typed keys, method binding.
from _functools import _lru_cache_wrapper
class CI:
    def __init__(self, *a): self.a = a
    def __repr__(self): return 'CI%r' % (self.a,)
calls = []
def g(x, y=0):
    calls.append(x); return x * 2 + y
for maxsize in (None, 0, 2, 128):
    w = _lru_cache_wrapper(g, maxsize, False, CI)
    for v in [1, 2, 1, 3, 1, 2, 'a', 'a']:
        w(v)
    w(1, y=2); w(1, y=2)
    print(maxsize, w.cache_info(), len(calls))
    w.cache_clear(); print(w.cache_info())
t = _lru_cache_wrapper(g, 10, True, CI)
t(1); t(1.0); print(t.cache_info())
try: _lru_cache_wrapper(g, 'x', False, CI)
except Exception as e: print(type(e).__name__, e)
try: _lru_cache_wrapper(3, 1, False, CI)
except Exception as e: print(type(e).__name__, e)
try: _lru_cache_wrapper(g)
except Exception as e: print(type(e).__name__, e)
class C:
    m = _lru_cache_wrapper(lambda self, x: x + 1, None, False, CI)
print(C().m(4), C.m is C.__dict__['m'])
# Recursion through the cache, eviction order, exceptions are not cached, keyword order is part of the key.
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = _lru_cache_wrapper(fib, None, False, CI)
print(fib(80), fib.cache_info())
seen = []
def sq(x):
    seen.append(x); return x * x
sq = _lru_cache_wrapper(sq, 3, False, CI)
for v in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    sq(v)
print(seen, sq.cache_info())
def boom(x):
    seen.append(('boom', x)); raise ValueError(x)
boom = _lru_cache_wrapper(boom, 10, False, CI)
for _ in range(2):
    try: boom(1)
    except ValueError as e: print('ValueError', e)
print(boom.cache_info())
def kw(**k): return sorted(k.items())
kw = _lru_cache_wrapper(kw, None, False, CI)
kw(a=1, b=2); kw(b=2, a=1); kw(a=1, b=2); print(kw.cache_info())
print(fib.__reduce__() if False else type(fib).__name__, fib.__copy__() is fib, fib.__deepcopy__({}) is fib)
fib.extra = 'attr'; print(fib.__dict__)
import _functools
print(sorted(dir(_functools)))
try: _lru_cache_wrapper(fib, -5, False, CI)(3)
except Exception as e: print(type(e).__name__, e)
m0 = _lru_cache_wrapper(sq, -5, False, CI); m0(2); m0(2); print(m0.cache_info())
