# set/frozenset methods, operators, errors, reprs, iteration checks: compared with CPython 3.11.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, '!', type(e).__name__, e.args)

s = {1, 2, 3}
show('add', lambda: (s.add(4), s.add(1), s))
show('add unhashable', lambda: s.add([]))
show('add none', lambda: s.add())
show('remove', lambda: (s.remove(4), s))
show('remove missing', lambda: s.remove(99))
show('remove tuple', lambda: s.remove((1, 2)))
show('remove unhashable', lambda: s.remove([]))
show('discard', lambda: (s.discard(99), s.discard(3), s))
show('discard set', lambda: (s.discard({1}), s))
show('contains set', lambda: ({1} in {frozenset({1})}, set() in {frozenset()}, {1} in s))
show('contains unhashable', lambda: [] in s)
show('remove set', lambda: {frozenset({1}), 2}.remove({1}))
show('pop', lambda: ({7}.pop(),))
show('pop empty', lambda: set().pop())
show('clear', lambda: (s.copy().clear(),))
show('union kw', lambda: s.union(x=1))
show('update kw', lambda: s.update(x=1))
show('union non iterable', lambda: s.union(5))
show('issubset', lambda: ({1}.issubset([1, 2]), {1, 5}.issubset({1}), set().issubset(''), {1}.issuperset([1]), {1}.issuperset([2])))
show('issubset bad', lambda: {1}.issubset(5))
show('isdisjoint', lambda: ({1}.isdisjoint([2]), {1}.isdisjoint({1}), s.isdisjoint(s), set().isdisjoint(set())))
show('cmp', lambda: ({1} < {1, 2}, {1} <= {1}, {1, 2} > {1}, {1} >= {2}, {1} == frozenset({1}), {1} != {1}, {1} < frozenset({1, 3})))
show('cmp list', lambda: {1} == [1])
show('cmp lt list', lambda: {1} < [1])
show('ops', lambda: ({1, 2} | {3}, {1, 2} & {2}, {1, 2} - {2}, {1, 2} ^ {2, 3}))
show('ops frozen', lambda: (frozenset({1, 2}) | {3}, {3} | frozenset({1}), frozenset('ab') & set('bc'), frozenset('ab') - {'a'}, frozenset() ^ {1}))
show('or list', lambda: {1} | [2])
show('sub list', lambda: {1} - [2])
show('and 1', lambda: {1} & 1)
show('add op', lambda: {1} + {2})
x = {1, 2}
y = x
x |= {3}
x -= {1}
x &= {2, 3, 9}
x ^= {5}
print('inplace', x, y, x is y)
def ior_list():
    z = {1}
    z |= [2]
    return z
show('ior list', ior_list)
f = frozenset([3, 1, 2])
g = f
g |= {4}
print('frozen ior', f, g, f is g)
show('frozen hash', lambda: (hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2})) == hash(frozenset({2, 1}))))
show('set hash', lambda: hash(set()))
show('frozen copy', lambda: (f.copy() is f, frozenset(f) is f, type(f.copy()).__name__))
show('repr', lambda: (repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1, 2})), str({'a'})))
class S(set):
    pass
class F(frozenset):
    pass
ss = S([1, 2])
print(ss, S(), F(), F('ab') == frozenset('ab'), type(ss | {3}).__name__, type(ss.copy()).__name__, type(F('a').copy()).__name__, type(ss.union()).__name__)
print(type(F('a') | {1}).__name__, type({1} | F('a')).__name__, F('ab') in {frozenset('ab')}, hash(F('ab')) == hash(frozenset('ab')))
show('S args', lambda: S(1, 2))
show('set args', lambda: set(1, 2))
show('set kw', lambda: set(x=1))
show('frozenset kw', lambda: frozenset(x=1))
show('frozenset args', lambda: frozenset([], []))
show('set non iterable', lambda: set(1))
show('set from str dict', lambda: (len(set('hello')), len(set({'a': 1, 'b': 2})), set({1: 'x'})))
s2 = {1, 2, 3}
s2 = set([7])
print('reinit', s2)
# iteration checks
m = {1, 2, 3}
def mut():
    for v in m:
        m.add(v + 10)
show('changed size', mut)
it = iter({1, 2})
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
m2 = {1, 2, 3}
it2 = iter(m2)
next(it2)
m2.add(99)
show('sticky', lambda: next(it2))
m2.discard(99)
show('sticky2', lambda: next(it2))
# sizes
print(set().__sizeof__(), {1}.__sizeof__(), set([1, 2, 3, 4, 5]).__sizeof__(), frozenset('abcdefghijklmnop').__sizeof__(), S().__sizeof__())
# pop order after deletions
q = {10, 20, 30, 40, 50, 60}
q.discard(20)
out = []
while q:
    out.append(q.pop())
print(out)
# intersection of iterable stops early, difference paths
print({1, 2, 3}.intersection([3, 2, 1, 4]), {1, 2, 3}.difference({1: 0}), {1, 2, 3}.symmetric_difference({3: 0, 4: 0}))
print(set().union(), {1}.intersection(), {1}.difference())
big = set()
i = 0
while i < 100:
    big.add(i)
    i += 1
print({1, 2, 500} - big, big.difference([1, 2, 3]) == big - {1, 2, 3}, len(big & {5, 6, 1000}))
