# frozenset: construction, hashing (equal to CPython), immutability, mixed operations with set, as dict key.
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
f = frozenset('abc')
print(f, frozenset(), frozenset([1, 2, 2]), len(f), 'a' in f, f | {'z'}, f & {'a'}, f - {'a'}, f ^ {'a', 'q'})
t('hash', lambda: [hash(x) for x in (frozenset(), frozenset({1}), frozenset({1, 2}), frozenset('ab'), frozenset({(1, 2)}), frozenset(range(20)))])
t('hash order free', lambda: hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
t('no add', lambda: f.add('x'))
t('dict key', lambda: {frozenset({1}): 'one'}[frozenset([1])])
t('eq set', lambda: (frozenset({1}) == {1}, {1} == frozenset({1})))
t('copy same', lambda: f.copy() is f)
t('ctor same', lambda: frozenset(f) is f)
t('empty singleton', lambda: frozenset() is frozenset())
t('methods', lambda: (f.union('d'), f.intersection('ab'), f.difference('a'), f.symmetric_difference('cd'), f.issubset('abcd'), f.issuperset('a'), f.isdisjoint('xy')))
t('repr subclass', lambda: repr(type('FS', (frozenset,), {})([1])))
t('nested', lambda: frozenset([frozenset([1]), frozenset([2])]))
t('unhashable element', lambda: frozenset([[1]]))
t('iter order', lambda: list(frozenset(['pear', 'apple', 'fig', 'kiwi', 'banana', 'cherry'])))
t('sorted', lambda: sorted(frozenset(range(10, 0, -1))))
