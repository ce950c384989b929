# _functools.reduce: left fold, the initial value, and its argument errors.
import _functools as F
from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a + b, [], 10))
for args in [(), (1,), (1, 2, 3, 4)]:
    try: reduce(*args)
    except Exception as e: print(type(e).__name__, e)
try: reduce(lambda a, b: a, [])
except Exception as e: print(type(e).__name__, e)
try: reduce(lambda a, b: a, 5)
except Exception as e: print(type(e).__name__, e)
try: reduce(lambda a, b: a, [1], initial=3)
except Exception as e: print(type(e).__name__, e)
