# set operations with wrong types and the exact error messages.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

s = {1, 2}
calls = [
    ('or list', lambda: s | [3]),
    ('and tuple', lambda: s & (1,)),
    ('sub str', lambda: s - 'a'),
    ('xor none', lambda: s ^ None),
    ('lt list', lambda: s < [1]),
    ('update int', lambda: s.update(1)),
    ('union int', lambda: s.union(5)),
    ('issubset int', lambda: s.issubset(5)),
    ('add two', lambda: s.add(1, 2)),
    ('remove unhashable', lambda: s.remove([])),
    ('discard unhashable', lambda: s.discard([])),
    ('contains dict', lambda: {} in s),
    ('frozenset add', lambda: frozenset().add(1)),
    ('set of lists', lambda: set([[1]])),
    ('set kw', lambda: set(iterable=[1])),
    ('pop arg', lambda: s.pop(1)),
    ('mul', lambda: s * 2),
    ('index', lambda: s[0]),
]
for label, fn in calls:
    t(label, fn)
t('remove set finds frozenset', lambda: (lambda x: (x.remove({1}), x)[1])({frozenset({1}), 2}))
t('discard set finds frozenset', lambda: (lambda x: (x.discard({1}), x)[1])({frozenset({1})}))
t('set in set of frozensets', lambda: {1} in {frozenset({1})})
