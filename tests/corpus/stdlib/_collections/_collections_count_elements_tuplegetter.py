# _collections._count_elements (dict fast path and generic path) and _tuplegetter (namedtuple fields).
from _collections import deque, defaultdict, _count_elements, _tuplegetter, _deque_iterator, _deque_reverse_iterator
import sys
m = {}; _count_elements(m, 'abracadabra'); print(m)
class Cnt(dict):
    def __missing__(self, k): return 0
m2 = Cnt(); _count_elements(m2, [1, 1, 2]); print(m2)
class Weird(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
w = Weird(); _count_elements(w, 'aab'); print(w)
tg = _tuplegetter(1, 'doc b')
class T(tuple):
    b = tg
print(T((1, 2)).b, tg.__doc__, tg.__reduce__(), T.b is tg)
try: T((1,)).b
except Exception as e: print(type(e).__name__, e)
try: T((1, 2)).b = 3
except Exception as e: print(type(e).__name__, e)
try: tg.__get__(5)
except Exception as e: print(type(e).__name__, e)
