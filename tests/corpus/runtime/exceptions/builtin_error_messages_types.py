# exact messages of TypeErrors from calls and protocols: not callable, not iterable, not subscriptable, unhashable, wrong arg counts for builtins.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

n = None
i = 5
cases = [
    ('call none', lambda: n()), ('call int', lambda: i()), ('iter int', lambda: iter(i)), ('for int', lambda: [x for x in i]),
    ('subscript int', lambda: i[0]), ('subscript none', lambda: n['k']), ('set item int', lambda: i.__class__.__setitem__),
    ('item assign tuple', lambda: (1,).__setitem__(0, 1)), ('del item str', lambda: 'a'.__delitem__(0)), ('hash list', lambda: hash([])),
    ('hash dict', lambda: {{}: 1}), ('len int', lambda: len(i)), ('len none', lambda: len(n)), ('next list', lambda: next([])),
    ('abs str', lambda: abs('x')), ('int list', lambda: int([])), ('float dict', lambda: float({})), ('complex list', lambda: complex([])),
    ('str join int', lambda: ','.join([1])), ('sorted mix', lambda: sorted([1, 'a'])), ('unpack int', lambda: [*i]),
    ('kwargs not mapping', lambda: dict(**i)), ('len args', lambda: len()), ('len two', lambda: len([], [])), ('isinstance one', lambda: isinstance(1)),
    ('getattr int name', lambda: getattr(i, 1)), ('chr str', lambda: chr('a')), ('ord int', lambda: ord(1)), ('sum str', lambda: sum(['a', 'b'], '')),
    ('max int', lambda: max(1)), ('range float', lambda: range(1.0)), ('list append none', lambda: [].append()),
]
for label, fn in cases:
    t(label, fn)
