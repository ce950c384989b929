def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, '!', type(e).__name__, e.args)
MP = type(type.__dict__)
show('mp new', lambda: MP({'a': 1}))
show('mp new list', lambda: MP([1]))
show('mp new none', lambda: MP())
show('mp kw', lambda: MP(mapping={'q': 1}))
class Keys:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k + k
show('mapping obj', lambda: dict(Keys()))
class BadKeys:
    def keys(self):
        return 5
    def __getitem__(self, k):
        return k
show('bad keys', lambda: dict(BadKeys()))
class D(dict):
    def __iter__(self):
        return iter(['x'])
dd = D(a=1, b=2)
show('subclass iter', lambda: (dict(dd), {}.copy(), dd.copy(), list(dd.keys()), dict(**dd) if False else 0))
e = {'a': 1}
e.update(e)
print(e)
show('merge splat', lambda: {**{'a': 1}, **{'b': 2}, 'a': 3})
show('set of views', lambda: (set({'a': 1}.keys()), set({'a': 1}.items()), {'a': 1}.keys() - {'a': 2}.keys()))
show('fs unhashable item', lambda: frozenset([[1]]))
show('set in set', lambda: {frozenset({1}): 1}[frozenset({1})])
show('nested fs hash', lambda: hash(frozenset({frozenset({1, 2}), frozenset()})))
show('set sub dict', lambda: ({1, 2, 3} - {1: 0}.keys(), {1, 2} & {2: 0}.keys()))
show('iand list', lambda: NotImplemented)
def iand():
    s = {1}
    s &= [1]
show('iand list', iand)
show('dict cmp', lambda: {1: 2} < {1: 3})
show('set cmp', lambda: {1} < 3)
show('view repr nested', lambda: repr({'a': {'b': 1}.keys()}.values()))
r = {}
r['self'] = r.keys()
show('view recursion', lambda: repr(r))
class K:
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K)
show('custom keys', lambda: (len({K(), K()}), len({K(): 1, K(): 2}), {K()} == {K()}))
class E:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError('boom')
show('eq raises set', lambda: {E(), E()})
show('eq raises dict', lambda: {E(): 1, E(): 2})
show('eq raises in', lambda: E() in {E()})
show('bool', lambda: (bool(set()), bool({0}), bool(frozenset())))
show('len views', lambda: (len({}.keys()), len({1: 2}.items())))
x = {1: 'a', 2: 'b'}
it = iter(x.items())
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(x.items().__reversed__().__length_hint__())
print(iter(x).__reduce__())
print(dict.fromkeys(x.items()), dict.fromkeys(frozenset('a')))
show('dict keys str', lambda: dict([('a', 1)], **{'b': 2}))
show('popitem order', lambda: [{1: 1, 2: 2, 3: 3}.popitem() for _ in [0]])
show('setdefault unhashable', lambda: {}.setdefault([]))
show('fromkeys unhashable', lambda: dict.fromkeys([[]]))
show('update seq of sets', lambda: dict([{1, 2}]) and 'ok')
show('update str elem', lambda: dict(['ab', 'c']))
