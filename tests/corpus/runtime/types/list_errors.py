# list operations with wrong types and the exact error messages (index types, assignment, comparisons, sort).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

lst = [1, 2, 3]
calls = [
    ('index str', lambda: lst['a']),
    ('index float', lambda: lst[1.0]),
    ('index none', lambda: lst[None]),
    ('slice float', lambda: lst[1.0:]),
    ('setitem out of range', lambda: lst.__setitem__(5, 0)),
    ('delitem str', lambda: lst.__delitem__('a')),
    ('mul float', lambda: lst * 1.5),
    ('mul list', lambda: lst * lst),
    ('add str', lambda: lst + 'ab'),
    ('iadd int', lambda: lst.__iadd__(5)),
    ('lt int', lambda: lst < 5),
    ('contains unhashable', lambda: [1] in lst),
    ('sort key non callable', lambda: [2, 1].sort(key=5)),
    ('sort reverse str', lambda: [2, 1].sort(reverse='yes')),
    ('sorted reverse none', lambda: sorted([2, 1], reverse=None)),
    ('insert no args', lambda: lst.insert(0)),
    ('extend none', lambda: lst.extend(None)),
    ('copy arg', lambda: lst.copy(1)),
    ('list two args', lambda: list(1, 2)),
    ('list kw', lambda: list(x=[1])),
    ('hash', lambda: hash(lst)),
    ('index start str', lambda: lst.index(1, 'a')),
]
for label, fn in calls:
    t(label, fn)
print(lst)
