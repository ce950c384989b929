# itertools: product, permutations, combinations, combinations_with_replacement; subclasses and errors.
import itertools as it
from itertools import *
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)), list(product()), list(product('ab', [])))
p = product('ab', 'cd'); next(p); next(p); print(p.__reduce__())
try: product('a', repeat=-1)
except Exception as e: print(type(e).__name__, e)
print(list(permutations('abc', 2)), list(permutations(range(3))), list(permutations('ab', 3)), list(permutations([], 0)))
print(list(combinations('abcd', 2)), list(combinations('ab', 3)), list(combinations('abc', 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
for f in [lambda: combinations('abc', -1), lambda: permutations('abc', 'x'), lambda: combinations('abc'), lambda: permutations('a', -1), lambda: combinations_with_replacement('a', 1.5)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
pm = permutations('abcd', 2); next(pm); next(pm); print(pm.__reduce__())
cb = combinations('abcd', 2); next(cb); print(cb.__reduce__())
class MyChain(chain): pass
mc = MyChain('ab', 'c'); mc.x = 1; print(list(mc), mc.x, type(mc).__name__)
class MyCount(count): pass
print(MyCount(3))
for f in [lambda: starmap(pow), lambda: dropwhile(len), lambda: chain(x=1), lambda: cycle(), lambda: filterfalse(None, 1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
def gen():
    yield 1
    raise ValueError('boom')
try: list(chain(gen()))
except Exception as e: print(type(e).__name__, e)
print(list(starmap(lambda *a: a, ['ab', (1,)])))
try: list(starmap(pow, [1]))
except Exception as e: print(type(e).__name__, e)
