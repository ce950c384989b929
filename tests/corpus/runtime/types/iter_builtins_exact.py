# enumerate, zip, map, filter, reversed, min, max, sum, sorted, any, all: results, laziness, errors, pickling state.
def show(label, f):
    try:
        r = f()
        print(label, '->', r)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

log = []
def gen(name, n):
    for i in range(n):
        log.append((name, i))
        yield i

# enumerate
show('enumerate', lambda: list(enumerate('abc')))
show('enumerate start', lambda: list(enumerate('ab', 5)))
show('enumerate kw', lambda: list(enumerate(iterable='ab', start=-2)))
show('enumerate Idx', lambda: list(enumerate('ab', Idx(7))))
show('enumerate bool', lambda: list(enumerate('a', True)))
show('enumerate big', lambda: list(enumerate('abc', 2**63 - 2)))
show('enumerate huge', lambda: list(enumerate('ab', 10**30)))
show('enumerate neg huge', lambda: list(enumerate('ab', -10**30)))
for args, kw in [((), {}), ((1,), {}), (([], 1, 2), {}), (([], 'a'), {}), (([],), {'start': 1.5}), ((), {'x': 1}), (([],), {'iterable': []})]:
    show(f'enumerate{args}{kw}', lambda: enumerate(*args, **kw))
e = enumerate([10, 20, 30], 3)
next(e)
print('enumerate reduce', e.__reduce__()[0].__name__, e.__reduce__()[1][1], list(e))
e = enumerate([1], 2**63 - 1)
print('enumerate reduce big', e.__reduce__()[1][1], list(e), e.__reduce__()[1][1])

# zip
show('zip', lambda: list(zip('abc', range(5), [True, False, None])))
show('zip empty', lambda: (list(zip()), list(zip([]))))
show('zip strict ok', lambda: list(zip('ab', 'cd', strict=True)))
for its in [([1], []), ([1, 2], [1], [1]), ([1], [1, 2], [1, 2]), ([1], [1], [1, 2]), ([], [1], [1]), ([1, 2], [1, 2], [1])]:
    show(f'zip strict {its}', lambda: list(zip(*its, strict=True)))
show('zip kw', lambda: zip([], x=1))
show('zip two kw', lambda: zip([], strict=1, x=2))
show('zip non-iter', lambda: zip([1], 2))
del log[:]
z = zip(gen('a', 2), gen('b', 5))
print('zip lazy', list(z), log)
del log[:]
print('zip strict lazy', end=' ')
show('', lambda: list(zip(gen('a', 2), gen('b', 3), strict=True)))
print(log)
z = zip([1], (2,), strict=True)
print('zip reduce', len(z.__reduce__()), z.__reduce__()[2:])
z.__setstate__(False)
print('zip setstate', len(z.__reduce__()))

# map / filter
show('map', lambda: list(map(abs, [-1, 2, -3])))
show('map multi', lambda: list(map(lambda a, b, c: a + b + c, [1, 2, 3], [10, 20], [100, 200, 300])))
show('map pow', lambda: list(map(pow, [2, 3], [5, 2], [7, 5])))
show('map none', lambda: list(map(None, [1])))
show('map arity', lambda: (map(), map(abs)))
show('map one', lambda: map(abs))
show('map kw', lambda: map(abs, [1], x=1))
show('map non-iter', lambda: map(abs, [1], 5))
show('filter', lambda: list(filter(None, [0, 1, '', 'a', None, [], [0], 0.0, 2])))
show('filter bool', lambda: list(filter(bool, [0, 1, 2])))
show('filter func', lambda: list(filter(lambda x: x % 3, range(10))))
show('filter arity', lambda: filter(None))
show('filter 3', lambda: filter(None, [], []))
show('filter kw', lambda: filter(None, [], x=1))
show('filter raising', lambda: list(filter(lambda x: 1 // x, [1, 0])))
m = map(abs, [1])
print('map reduce', m.__reduce__()[0].__name__, m.__reduce__()[1][0] is abs)
f = filter(None, [1])
print('filter reduce', f.__reduce__()[0].__name__, f.__reduce__()[1][0])

# reversed
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
class Rev:
    def __reversed__(self): return iter('zyx')
class NotRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
show('reversed list', lambda: list(reversed([1, 2, 3])))
show('reversed tuple', lambda: list(reversed((1, 2, 3))))
show('reversed range', lambda: list(reversed(range(1, 10, 4))))
show('reversed seq', lambda: list(reversed(Seq())))
show('reversed own', lambda: list(reversed(Rev())))
show('reversed None', lambda: reversed(NotRev()))
show('reversed int', lambda: reversed(5))
show('reversed iter', lambda: reversed(iter([])))
show('reversed arity', lambda: reversed())
show('reversed kw', lambda: reversed([], x=1))
r = reversed((1, 2, 3))
print('reversed type', type(r).__name__, r.__length_hint__(), next(r), r.__reduce__()[0].__name__, r.__reduce__()[1:], r.__length_hint__())
r.__setstate__(5)
print('reversed setstate', list(r), r.__reduce__()[1:], r.__length_hint__())
r = reversed(Seq())
r.__setstate__(-7)
print('reversed setstate neg', list(r))

# min / max
show('min', lambda: (min([3, 1, 2]), min(3, 1, 2), min('bca'), min([[2], [1, 5]])))
show('max', lambda: (max([3, 1, 2]), max(3, 1, 2), max(range(7)), max((1, 'a'), (1, 'b'))))
show('min key', lambda: (min(['aaa', 'b', 'cc'], key=len), max(['aaa', 'b', 'cc'], key=len), max([1, -5, 3], key=abs)))
show('ties', lambda: (min([1, 1.0, True]), max([1, 1.0, True]), max([(1, 'x'), (2, 'y'), (2, 'z')], key=lambda p: p[0])))
show('default', lambda: (min([], default=None), max((), default='d'), min([5], default=0)))
show('key None', lambda: max(1, 2, key=None))
show('empty', lambda: min([]))
show('empty max', lambda: max(iter(())))
show('no args', lambda: min())
show('kw only', lambda: max(iterable=[1]))
show('default multi', lambda: min(1, 2, default=3))
show('bad kw', lambda: min([1], x=2))
show('non-iter', lambda: max(5))
show('uncomparable', lambda: max([1, 'a']))
show('key not callable', lambda: min([1, 2], key=5))
show('gen', lambda: (min(x * x - 4 * x for x in range(6)), max(gen('m', 4))))

# sum
show('sum ints', lambda: (sum([1, 2, 3]), sum(range(101)), sum([], 7), sum([1], start=10)))
show('sum overflow', lambda: (sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([10**20, 1])))
show('sum floats', lambda: (sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 0.5, 2]), sum([0.5, True, 10**30])))
show('sum mixed', lambda: (sum([1.5, 2], 1), sum([True, True]), sum([[1], [2]], []), sum([(1,), (2,)], ())))
show('sum start float', lambda: sum([1, 2], 0.5))
show('sum str start', lambda: sum(['a'], ''))
show('sum bytes start', lambda: sum([b'a'], b''))
show('sum str items', lambda: sum(['a', 'b']))
show('sum none', lambda: sum([None]))
show('sum arity', lambda: sum())
show('sum kw', lambda: sum(x=1))
show('sum 3', lambda: sum([], 1, 2))
show('sum iterable kw', lambda: sum(iterable=[1]))
class Acc:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o): return Acc(o + self.v)
show('sum objects', lambda: sum([Acc(1), Acc(2), 3]).v)

# sorted, any, all
show('sorted', lambda: (sorted([3, 1, 2]), sorted('bca'), sorted((3, 1), reverse=True), sorted(range(5), key=lambda x: -x)))
show('sorted gen', lambda: sorted(x % 4 for x in range(10)))
show('sorted arity', lambda: sorted())
show('sorted 2', lambda: sorted([], []))
show('sorted bad kw', lambda: sorted([], x=1))
show('sorted iterable kw', lambda: sorted(iterable=[]))
show('sorted reverse None', lambda: sorted([1], reverse=None))
show('sorted mixed', lambda: sorted([1, 'a']))
show('any all', lambda: (any([]), all([]), any([0, '', 1]), all([1, 'a', 0]), any(iter([None])), all(x > 0 for x in range(1, 5))))
del log[:]
print('any short-circuit', any(x > 1 for x in gen('q', 10)), log)
show('any arity', lambda: any())
show('all arity', lambda: all(1, 2))
show('all kw', lambda: all(x=1))
show('any non-iter', lambda: any(3))
class Bad:
    def __bool__(self): raise ValueError('no truth')
show('any raising', lambda: any([0, Bad()]))
