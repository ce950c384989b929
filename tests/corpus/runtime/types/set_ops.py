# set: operators and methods (union, intersection, difference, symmetric_difference, subset tests), in-place forms.
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
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a < a, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1}, a != b)
print(a.union(b, [9]), a.intersection(b, range(4)), a.difference([1], (2,)), a.symmetric_difference('x'), a.issubset(range(10)),
      a.issuperset([1, 2]), a.isdisjoint({7}), a.union(), a.intersection())
t('op with list', lambda: a | [1])
t('op with frozenset', lambda: (type(a | frozenset({9})).__name__, type(frozenset({9}) | a).__name__))
s = set()
s.add(1); s.add(1); s.update([2, 3], 'ab'); s.discard(99); s.discard('a'); s.remove(3)
print(sorted(s, key=str))
t('remove missing', lambda: s.remove(99))
t('pop', lambda: ({5}.pop(), set().pop()))
t('ior', lambda: (lambda x: (x.__ior__({9}), x)[1])({1}))
x = {1, 2, 3}
x &= {2, 3, 4}
x -= {3}
x ^= {7, 2}
x |= {0}
print(x)
t('iand list', lambda: (lambda x: x.__iand__([1]))({1}))
t('unhashable add', lambda: set().add([1]))
t('unhashable in', lambda: [1] in {1})
t('set in set', lambda: frozenset({1}) in {frozenset({1})})
t('set of set', lambda: {1} in {frozenset({1})})
t('order ints', lambda: list({5, 3, 9, 1, 100, 33, -1, 64}))
t('order strs', lambda: list({'pear', 'apple', 'fig', 'kiwi', 'banana'}))
t('order after ops', lambda: list({'x', 'y'} | {'z', 'w', 'a'}))
t('comparisons lt', lambda: ({1} < {1, 2}, {1, 2} < {1, 3}, {1} < [1, 2]))
t('copy clear', lambda: (a.copy(), a.copy().clear()))
t('intersection_update', lambda: (lambda x: (x.intersection_update([2], [2, 3]), x)[1])({1, 2, 3}))
t('difference_update', lambda: (lambda x: (x.difference_update('ab', [1]), x)[1])({1, 'a', 'c'}))
t('sym_update', lambda: (lambda x: (x.symmetric_difference_update([1, 5]), x)[1])({1, 2}))
t('len', lambda: len(set(range(1000)) - set(range(0, 1000, 2))))
t('repr', lambda: (set(), {1}, {'a'}, {(1, 2)}, {None}))
t('nums equal', lambda: {1, 1.0, True})
r = set()
t('iter change', lambda: [r.add(i) for i in {1, 2} for _ in [r.add(i)]])
q = {1, 2, 3}
def grow():
    for v in q:
        q.add(v + 10)
t('changed size', grow)
