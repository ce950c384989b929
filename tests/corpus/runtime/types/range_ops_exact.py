# range: construction, len with big ints, indexing and slicing to ranges, O(1) membership, index/count,
# equality as sequences, hash, repr, attributes, reversed, iterator types and their pickling state.
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

B = 10**20
ranges = [range(0), range(5), range(2, 9), range(9, 2, -3), range(-5, 5, 2), range(0, 10, 3), range(5, 5), range(3, 1),
          range(B), range(-B, B, 7), range(B, -B, -B // 3), range(True, 5), range(Idx(2), Idx(12), Idx(4))]
for r in ranges:
    print(repr(r), r.start, r.stop, r.step, bool(r), type(r.start).__name__)
    show('  len', lambda: len(r))
    show('  list', lambda: list(r) if r.stop - r.start < 100 and r.start - r.stop < 100 else type(iter(r)).__name__)
    show('  [0] [-1]', lambda: (r[0], r[-1]))
    show('  slices', lambda: (r[::2], r[::-1], r[1:-1], r[-2:], r[::B], r[10**30:], r[:-10**30:-1]))
    show('  reversed', lambda: (type(reversed(r)).__name__, list(reversed(r))[:5]))
    show('  hash', lambda: hash(r) if len(r) > 1 else hash(r) == hash(range(r.start, r.stop, r.step)))
for args in [(), (1, 2, 3, 4), (1, 2, 0), (1.5,), ('a', 2), (1, None), (0, 10, 1.0)]:
    show('range' + repr(args), lambda: range(*args))
show('range kw', lambda: range(stop=3))
r = range(-10, 30, 3)
for v in [-10, -9, -7, 29, 28, 30, 5, 11, True, False, 2.0, -7.0, 'a', None, B, Idx(5)]:
    show(f'{v!r} in', lambda: v in r)
    show(f'index {v!r}', lambda: r.index(v))
    show(f'count {v!r}', lambda: r.count(v))
print('big contains', B - 1 in range(B), B in range(B), -B in range(-B, B, 7), (-B + 7 * 3) in range(-B, B, 7))
for a, b in [(range(0), range(5, 5)), (range(1, 2), range(1, 9, 7)), (range(0, 3), range(0, 4)), (range(0, 10, 2), range(0, 9, 2)),
             (range(3), [0, 1, 2]), (range(5, 0, -1), range(5, 0, -1)), (range(B), range(B))]:
    show(f'{a!r} == {b!r}', lambda: (a == b, a != b, hash(a) == hash(b) if type(b) is range else None))
show('range <', lambda: range(1) < range(2))
show('index error', lambda: range(10)[10])
show('index error neg', lambda: range(10)[-11])
show('big index', lambda: range(B)[B - 1])
show('big index error', lambda: range(B)[B])
show('float index', lambda: range(10)[1.0])
show('str index', lambda: range(10)['a'])
show('len overflow', lambda: len(range(2**63)))
show('len ok', lambda: len(range(2**63 - 1)))
show('reduce', lambda: (range(1, 9, 2).__reduce__(), range(3).__reduce__()))

for r in [range(5), range(2, 20, 3), range(10, 0, -2), range(2**63 - 3, 2**63 + 3), range(-2**63, -2**63 + 4), range(B, B + 3), range(0)]:
    it = iter(r)
    first = next(it, None)
    print(type(it).__name__, first, it.__length_hint__(), it.__reduce__()[1:], list(it), it.__length_hint__())
    rv = reversed(r)
    print('  rev', type(rv).__name__, rv.__length_hint__(), rv.__reduce__()[1:], list(rv))
it = iter(range(10))
it.__setstate__(7)
print('setstate', list(it))
it = iter(range(10))
it.__setstate__(-3)
print('setstate neg', next(it))
it = iter(range(B))
it.__setstate__(B - 2)
print('long setstate', list(it))
show('setstate bad', lambda: iter(range(3)).__setstate__('x'))
total = 0
for i in range(100000):
    total += i
print('sum loop', total, sum(range(100000)), sum(range(0, -50, -3)))
