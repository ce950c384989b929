# dict operations with wrong types and the exact error messages (unhashable keys, views, update, ctor, comparisons).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

d = {'a': 1}
calls = [
    ('getitem list', lambda: d[[1]]),
    ('setitem dict', lambda: d.__setitem__({}, 1)),
    ('in set', lambda: {1} in d),
    ('get no args', lambda: d.get()),
    ('pop no args', lambda: d.pop()),
    ('setdefault unhashable', lambda: d.setdefault([])),
    ('fromkeys non iterable', lambda: dict.fromkeys(5)),
    ('update int', lambda: d.update(5)),
    ('update str', lambda: d.update('ab')),
    ('ctor list of ints', lambda: dict([1, 2])),
    ('ctor list of triples', lambda: dict([(1, 2, 3)])),
    ('lt', lambda: d < d),
    ('add', lambda: d + d),
    ('or int', lambda: d | 1),
    ('keys sub int', lambda: d.keys() - 1),
    ('items or int', lambda: d.items() | 1),
    ('values and', lambda: d.values() & d.values()),
    ('popitem arg', lambda: d.popitem(1)),
    ('clear arg', lambda: d.clear(1)),
    ('dict kwargs non str', lambda: dict(**{1: 2})),
    ('missing key repr', lambda: {}[('t', 1)]),
    ('missing key none', lambda: {}[None]),
    ('missing key str quotes', lambda: {}["it's"]),
]
for label, fn in calls:
    t(label, fn)
print(d)
