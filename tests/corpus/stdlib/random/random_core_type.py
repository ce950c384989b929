# _random.Random directly: seeding from ints, hashes and None, getstate/setstate, getrandbits, errors, subclassing.
import _random
print(sorted(dir(_random)), sorted(n for n in dir(_random.Random) if not n.startswith('__')))
r = _random.Random(5); print(r.random(), r.getrandbits(70), r.getrandbits(32), r.getrandbits(1), r.getrandbits(0))
for seed in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**100 + 12345, 3.5, 'abc', (1, 2), None]:
    r.seed(seed)
    if seed is not None:
        print(seed, [r.random() for _ in range(3)], r.getrandbits(100))
s = r.getstate(); print(type(s), len(s), s[-1])
a = [r.random() for _ in range(700)]
r.setstate(s); b = [r.random() for _ in range(700)]
print(a == b)
r2 = _random.Random(); r2.setstate(s); print(r2.random() == a[0])
for t in ['_random.Random(1,2)','_random.Random(x=1)','r.getrandbits(-1)','r.getrandbits(1.5)','r.getrandbits(2**40)','r.setstate(1)','r.setstate((1,)*3)','r.setstate((1,)*624+(625,))','r.setstate((-1,)*625)','r.setstate((2**32,)*625)','r.seed(1,2)','r.seed([])','r.random(1)', 'r.setstate((1.5,)*625)']:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
class R(_random.Random):
    def __init__(self, x, y=0):
        super().__init__(x)
        self.y = y
rr = R(7, y=3); print(rr.y, rr.random(), isinstance(rr, _random.Random), type(rr).__mro__)
print(_random.Random.__module__, repr(_random.Random)[:30], _random.Random.__name__, _random.Random.__qualname__)
print([_random.Random(i).getrandbits(64) for i in range(5)])
