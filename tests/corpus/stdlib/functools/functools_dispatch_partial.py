# functools: singledispatch / singledispatchmethod, total_ordering, partial / partialmethod, wraps / update_wrapper, reduce, cmp_to_key.
import functools, numbers, collections.abc
from functools import singledispatch, singledispatchmethod, total_ordering, partial, partialmethod, wraps, reduce, cmp_to_key
@singledispatch
def show(x): return f'object {x!r}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
def _(x): return f'list of {len(x)}'
@show.register
def _(x: numbers.Real): return f'real {x}'
@show.register(collections.abc.Mapping)
def _(x): return f'mapping {sorted(x)}'
print(show(1), show(True), show(2.5), show([1, 2]), show('s'), show({'b': 1, 'a': 2}), show(None))
print(sorted(k.__name__ for k in show.registry), show.dispatch(bool).__name__ if False else '', show.dispatch(float) is show.registry[numbers.Real])
try:
    @show.register
    def _(x): return 1
except TypeError as e: print(type(e).__name__, str(e).split(':')[0])
class Fmt:
    @singledispatchmethod
    def fmt(self, arg): return 'generic'
    @fmt.register
    def _(self, arg: int): return 'int'
    @fmt.register
    def _(self, arg: str): return 'str'
print(Fmt().fmt(1), Fmt().fmt('a'), Fmt().fmt(1.0))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'V({self.v})'
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
try:
    @total_ordering
    class Nope: pass
except ValueError as e: print(type(e).__name__, e)
p = partial(int, base=2); print(p('101'), p.func, p.args, p.keywords, repr(p))
p2 = partial(p, '111'); print(p2(), repr(p2), partial(max, 1, 2)(3, key=lambda x: -x))
class Cell:
    def __init__(self): self.state = None
    def set_state(self, s): self.state = s
    set_on = partialmethod(set_state, True)
c = Cell(); c.set_on(); print(c.state, repr(Cell.set_on)[:40])
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        'inner doc'
        return f(*a, **k)
    return inner
@deco
def documented(x: int) -> int:
    'The doc.'
    return x
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__, documented.__qualname__)
def w(): pass
w.__dict__['extra'] = 1
def tgt(): pass
functools.update_wrapper(tgt, w, assigned=('__name__',), updated=('__dict__',)); print(tgt.__name__, tgt.extra)
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
try: reduce(max, [])
except TypeError as e: print(type(e).__name__, e)
print(sorted(['b', 'C', 'a'], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
try: partial()
except TypeError as e: print(type(e).__name__, e)
try: partial(1)
except TypeError as e: print(type(e).__name__, e)
import pickle
print(pickle.loads(pickle.dumps(partial(divmod, 7)))(3))
