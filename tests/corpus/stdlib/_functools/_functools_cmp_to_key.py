# _functools.cmp_to_key: the KeyWrapper type, sorting, comparison errors.
from _functools import cmp_to_key
def cmp(a, b): return (a > b) - (a < b)
K = cmp_to_key(cmp)
print(sorted([3, 1, 2], key=K), type(K), K(3).obj)
try: K(1) < 3
except Exception as e: print(type(e).__name__, e)
try: hash(K(1))
except Exception as e: print(type(e).__name__, e)
