# slice objects: construction, attributes, repr, comparisons, unhashability, indices() with big and odd values.
def show(label, f):
    try:
        r = f()
        print(label, '->', r)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f'Idx({self.v})'

for args in [(5,), (1, 5), (1, 5, 2), (None,), (None, None, None), ('a', [1], 2.5), (), (1, 2, 3, 4)]:
    show('slice' + repr(args), lambda: slice(*args))
show('slice kw', lambda: slice(stop=1))
s = slice(1, 10, 2)
print('attrs', s.start, s.stop, s.step, slice(3).start, slice(3).stop, slice(3).step)
show('set attr', lambda: setattr(s, 'start', 5))
show('del attr', lambda: delattr(s, 'stop'))
show('range set attr', lambda: setattr(range(3), 'step', 5))
print('reduce', s.__reduce__(), slice(None).__reduce__())
show('hash', lambda: hash(slice(1)))
print('hash attr', slice.__hash__)
for a, b in [(slice(1, 2), slice(1, 2)), (slice(1, 2), slice(1, 3)), (slice(1), slice(None, 1)), (slice(1, 2, 3), slice(1, 2, 4))]:
    print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
show('slice vs tuple', lambda: slice(1) == (None, 1, None))
show('slice < tuple', lambda: slice(1) < (None, 1, None))
show('mixed compare', lambda: slice('a') < slice(1))
same = slice([1])
print('identity', same == same, same <= same, same < same)

lengths = [0, 1, 5, 10, 10**20]
cases = [slice(None), slice(None, None, -1), slice(2, 8), slice(-3, None), slice(None, -3), slice(8, 2, -2),
         slice(-100, 100), slice(100, -100, -1), slice(10**30, -10**30, -10**25), slice(-10**30, 10**30, 3),
         slice(Idx(1), Idx(-1), Idx(2)), slice(True, None, True), slice(3, 3), slice(None, None, 10**30)]
for sl in cases:
    print(repr(sl), [sl.indices(n) for n in lengths])
    print('   len of range', [len(range(*sl.indices(n))) for n in lengths[:4]], 'list slice', [list(range(n))[sl] for n in lengths[:4]])
for bad in [slice(0, 1, 0), slice(1.5), slice(None, 'x'), slice(None, None, 2.0)]:
    show('indices ' + repr(bad), lambda: bad.indices(5))
show('indices neg', lambda: slice(1).indices(-1))
show('indices float', lambda: slice(1).indices(2.0))
show('indices Idx', lambda: slice(1).indices(Idx(4)))
show('indices arity', lambda: slice(1).indices())
print('used as key', [0, 1, 2, 3][slice(1, 3)], (0, 1, 2, 3)[slice(None, None, 2)], range(10)[slice(7, 2, -2)])
