# dict methods, errors, views, iterators, sizes: compared with CPython 3.11.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, '!', type(e).__name__, e.args)

d = {'a': 1, 'b': 2, 'c': 3}
show('get', lambda: (d.get('a'), d.get('z'), d.get('z', 9)))
show('get none', lambda: d.get())
show('get many', lambda: d.get(1, 2, 3))
show('get unhashable', lambda: d.get([]))
show('setdefault', lambda: (d.setdefault('a', 5), d.setdefault('d', 4), d.setdefault('e'), d))
show('pop', lambda: (d.pop('e'), d.pop('zz', 'dflt'), d))
show('pop missing', lambda: d.pop('zz'))
show('pop empty unhashable', lambda: {}.pop([]))
show('pop unhashable', lambda: {1: 2}.pop([]))
show('pop no args', lambda: d.pop())
show('popitem', lambda: (d.popitem(), d))
show('popitem empty', lambda: {}.popitem())
show('update kw', lambda: (d.update(x=1, y=2), d))
show('update pairs', lambda: (d.update([('p', 1), ['q', 2], 'rs']), d))
show('update mapping', lambda: (d.update({'m': 0}, n=5), d))
show('update bad elem', lambda: d.update([1]))
show('update bad len', lambda: d.update([(1, 2, 3)]))
show('update bad len1', lambda: d.update(['abc']))
show('update two', lambda: d.update({}, {}))
show('update non iterable', lambda: d.update(5))
show('dict()', lambda: (dict(), dict(a=1), dict([(1, 2)], b=3), dict({'k': 'v'}), dict({1: 2}.items())))
show('dict two', lambda: dict({}, {}))
show('fromkeys', lambda: (dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys({'q': 1, 'r': 2}, []), dict.fromkeys({1, 2, 3})))
show('fromkeys none', lambda: dict.fromkeys())
show('copy', lambda: (d.copy(), d.copy() == d, d.copy() is d))
show('clear', lambda: (d.copy().clear(),))
show('or', lambda: ({'a': 1} | {'b': 2}, {'a': 1} | {'a': 3}))
show('or bad', lambda: {'a': 1} | [('b', 2)])
e = {'a': 1}
e |= [('b', 2)]
e |= {'c': 3}
print('ior', e)
show('ior bad', lambda: e.__class__.__name__)
show('eq', lambda: ({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 2}, {} == {}, {1: 2} == {1: 2, 3: 4}, {'a': [1]} == {'a': [1]}))
show('lt', lambda: {1: 2} < {1: 2})
show('contains', lambda: ('a' in e, 'z' in e, e.__contains__('b')))
show('contains unhashable', lambda: [] in e)
show('getitem', lambda: (e['a'], e.__getitem__('b')))
show('missing', lambda: e['zz'])
show('missing tuple', lambda: e[(1, 2)])
show('del missing', lambda: e.__delitem__('zz') if False else None)
try:
    del e['zz']
except KeyError as ex:
    print('del missing', repr(ex))
show('len', lambda: (len(e), len({}), bool({}), bool(e)))
show('hash', lambda: hash({}))
# repr recursion
r = {1: 'x'}
r[2] = r
print(r, repr(r))
l = [r]
r[3] = l
print(r)
# views
v = {'a': 1, 'b': 2, 'c': 3}
k, vals, it = v.keys(), v.values(), v.items()
print(k, vals, it, len(k), len(vals), len(it))
print(list(k.__reversed__()), list(vals.__reversed__()), list(it.__reversed__()), list(v.__reversed__()))
print(k.mapping, type(k.mapping).__name__, vals.mapping['a'])
print('a' in k, 'z' in k, 1 in vals, ('a', 1) in it, ('a', 2) in it, 'a' in it, ([], 1) in it if False else None)
show('items unhashable contains', lambda: ([], 1) in it)
print(k == {'a', 'b', 'c'}, k == {'a'}, k != {'a'}, k < {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c'}, k > {'a'}, k >= {'a', 'q'})
print(it == {('a', 1), ('b', 2), ('c', 3)}, vals == vals, k == ['a', 'b', 'c'])
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'z'}, {'a', 'z'} & k, {'a', 'z'} - k, ['a', 'q'] - k, ('a',) | k)
print(it & {('a', 1)}, it - {('a', 1)}, it ^ {('a', 1), ('x', 0)})
print(it ^ {'a': 1, 'b': 5, 'q': 0}.items())
print(k.isdisjoint({'z'}), k.isdisjoint(['a']), it.isdisjoint([('a', 1)]), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
show('k & 1', lambda: k & 1)
show('vals - 1', lambda: vals - {1})
show('hash keys', lambda: hash(k))
show('hash items', lambda: hash(it))
print(type(iter(k)).__name__, type(iter(vals)).__name__, type(iter(it)).__name__, type(iter(v)).__name__)
print(type(k.__reversed__()).__name__, type(vals.__reversed__()).__name__, type(it.__reversed__()).__name__)
i2 = iter(v)
print(i2.__length_hint__(), next(i2), i2.__length_hint__())
# mutation during iteration
m = {1: 1, 2: 2, 3: 3}
def mut_size():
    for x in m:
        m[x + 10] = 0
show('changed size', mut_size)
m = {1: 1, 2: 2, 3: 3}
def mut_keys():
    for x in m:
        del m[x]
        m[x + 100] = 0
show('keys changed', mut_keys)
m = {1: 1, 2: 2, 3: 3}
it3 = iter(m)
next(it3)
m[9] = 9
show('sticky1', lambda: next(it3))
del m[9]
show('sticky2', lambda: next(it3))
# popitem then insert reuses the position
p = {'a': 1, 'b': 2, 'c': 3}
p.popitem(); p['z'] = 26
print(p, list(p))
# sizes
def rng(n):
    out = []
    i = 0
    while i < n:
        out.append(i)
        i += 1
    return out
sizes = []
g = {}
for i in rng(25):
    g[i] = i
    sizes.append(g.__sizeof__())
print(sizes)
sizes = []
g = {}
for i in rng(25):
    g['k' + repr(i)] = i
    sizes.append(g.__sizeof__())
print(sizes)
g['k3'] = None; g[1] = 1
print(g.__sizeof__(), {}.__sizeof__(), {'a': 1}.__sizeof__(), {1: 1}.__sizeof__(), dict.fromkeys('abcdefghij').__sizeof__(), dict(g).__sizeof__(), g.copy().__sizeof__())
q = {}
q['a'] = 1
del q['a']
print(q.__sizeof__(), q)
q.clear(); print(q.__sizeof__())
class D(dict):
    pass
class M(dict):
    def __missing__(self, key):
        return ('missing', key)
mm = M(a=1)
print(mm['a'], mm['zz'], mm.get('zz'), 'zz' in mm, repr(mm), type(mm.copy()).__name__, D().__sizeof__())
print(D.fromkeys('ab'), type(D.fromkeys('ab')).__name__, D(x=1) == {'x': 1}, D({1: 2}) | {3: 4}, type(D() | {}).__name__)
