# dict: construction forms, get/setdefault/pop/popitem/update/clear/copy/fromkeys, ordering, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, len(d), list(d), d['a'], d.get('x'), d.get('x', 0), 'a' in d, 'x' not in d)
print(dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, z=0), dict(zip('abc', range(3))), dict(), {})
t('missing', lambda: d['zz'])
t('missing tuple key', lambda: {}[(1, 2)])
t('unhashable key', lambda: {[1]: 2})
t('unhashable get', lambda: d.get([1]))
t('setdefault', lambda: (d.setdefault('a', 99), d.setdefault('n', 5), d.setdefault('m'), d))
t('pop', lambda: (d.pop('n'), d.pop('none', 'dflt'), d))
t('pop missing', lambda: d.pop('none'))
t('popitem', lambda: (d.popitem(), d))
t('popitem empty', lambda: {}.popitem())
t('update', lambda: (d.update({'p': 1}, q=2), d.update([('r', 3)]), d.update(), d))
t('update bad', lambda: d.update([1, 2]))
t('update bad len', lambda: d.update(['abc']))
t('update two args', lambda: d.update({}, {}))
t('fromkeys', lambda: (dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys([])))
t('copy', lambda: (d.copy() == d, d.copy() is d))
t('del', lambda: (d.__delitem__('a'), d))
t('del missing', lambda: d.__delitem__('a'))
t('order', lambda: list({3: 'x', 1: 'y', 2: 'z'}))
t('reinsert order', lambda: (lambda x: (x.pop(1), x.__setitem__(1, 'b'), list(x))[2])({1: 'a', 2: 'b'}))
t('eq', lambda: ({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {} == {}, {1: 1} == {1: 1.0}))
t('lt', lambda: {} < {})
t('numeric keys', lambda: {1: 'int', 1.0: 'float', True: 'bool'})
t('clear', lambda: (d.clear(), d))
t('hash', lambda: hash({}))
t('repr nested', lambda: {'a': [1, {'b': (2,)}], 1: None})
r = {}
r['self'] = r
t('repr recursive', lambda: repr(r))
t('ctor bad', lambda: dict(5))
t('ctor bad seq', lambda: dict([(1, 2, 3)]))
t('kw and iter', lambda: dict([('a', 1)], a=2))
t('len', lambda: len({i: i for i in range(100)}))
