# tuple: indexing, slicing, identity-preserving operations, index/count, hash, comparisons, repr, errors.
def show(label, f):
    try:
        r = f()
        print(label, '->', r)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

t = tuple(range(8))
for sl in [slice(None), slice(2, 5), slice(None, None, -2), slice(-3, None), slice(6, 1, -2), slice(10**30, None), slice(None, None, 0), slice('a', None)]:
    show('slice ' + repr(sl), lambda: t[sl])
for key in [0, -1, 8, -9, True, 10**30, 1.5, 'x', None]:
    show('get ' + type(key).__name__ + ' ' + repr(key), lambda: t[key])
print('full slice is self', t[:] is t, t[0:8:1] is t, t[::-1] is t)
empty = ()
print('concat identity', (t + empty) is t, (empty + t) is t, (t * 1) is t, (empty * 5) is empty)
print('repeat', (1, 2) * 3, 0 * (1,), (1,) * -1, 3 * ('a',))
show('repeat float', lambda: (1,) * 1.5)
show('concat list', lambda: (1,) + [2])
show('concat none', lambda: (1,) + None)
print('tuple() identity', tuple(t) is t, tuple() is empty, tuple([]) is empty)
print('tuple of', tuple('abc'), tuple(range(3)), tuple(x * 2 for x in range(3)), tuple({1: 2}))
show('tuple int', lambda: tuple(5))
show('tuple 2 args', lambda: tuple([1], [2]))
show('tuple kw', lambda: tuple(iterable=[1]))

u = (3, 1, 4, 1, 5, 9, 2, 6, 1)
show('index', lambda: (u.index(1), u.index(1, 2), u.index(1, 4), u.index(6, -3), u.index(1, -1)))
show('index missing', lambda: u.index(7))
show('index stop', lambda: u.index(9, 0, 5))
show('index neg stop', lambda: u.index(3, 0, -100))
show('index bad start', lambda: u.index(1, 'a'))
show('index arity', lambda: u.index())
show('count', lambda: (u.count(1), u.count(7), ((),).count(())))
show('count arity', lambda: u.count())

for x, y in [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1,)), ((), ()), ((1, 'a'), (1, 2)), ((1, [2]), (1, [2]))]:
    show(f'{x} == {y}', lambda: x == y)
    show(f'{x} < {y}', lambda: x < y)
    show(f'{x} >= {y}', lambda: x >= y)
show('tuple == list', lambda: (1,) == [1])
show('tuple < list', lambda: (1,) < [1])

print('hashes', [hash(x) for x in [(), (1,), (1, 2), (1, (2, 3)), (-1,), (-2,), ((),), (True, 1.0), (2**61 - 1,), (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)]])
print('hash equal', hash((1, 2)) == hash((1.0, 2)), hash((-1,)) == hash((-2,)))
show('hash unhashable', lambda: hash((1, [2])))
show('hash nested unhashable', lambda: hash((1, (2, [3, 4]))))

print('repr', (), (1,), (1, 2), ((),), ('a', "b'c"), (None, True, 1.5))
lst = [1]
nest = (lst,)
lst.append(nest)
print('recursive', nest, lst)
print('getnewargs', (1, 2).__getnewargs__())

it = iter((1, 2, 3))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), it.__reduce__()[1:], list(it), it.__length_hint__())
it.__setstate__(1)
print('exhausted setstate', list(it), it.__reduce__()[1:])
it = iter((1, 2, 3))
it.__setstate__(-5)
print('setstate neg', list(it))
it = iter((1, 2, 3))
it.__setstate__(99)
print('setstate big', list(it))
show('setstate str', lambda: iter((1,)).__setstate__('a'))

class P(tuple):
    pass
p = P((1, 2))
print('subclass', p, type(p).__name__, type(p + ()).__name__, type(p[:]).__name__, type(p * 1).__name__, p == (1, 2), hash(p) == hash((1, 2)))
print('subclass new', P(), P('ab'), P(x for x in range(2)), type(P.__getnewargs__(p)[0]).__name__)
a, *b = (1, 2, 3)
print('unpack', a, b)
