# match with builtin class patterns: int/str/bytes/list/tuple/dict/set/frozenset/float/bool with positional self-capture.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def kind(v):
    match v:
        case bool(b):
            return ('bool', b)
        case int(i):
            return ('int', i)
        case float(f):
            return ('float', f)
        case str(s):
            return ('str', s)
        case bytes(b):
            return ('bytes', b)
        case bytearray(b):
            return ('bytearray', bytes(b))
        case list([*items]):
            return ('list', items)
        case tuple((first, *rest)):
            return ('tuple', first, rest)
        case dict(d) if d:
            return ('dict', sorted(d))
        case set(s) | frozenset(s):
            return ('set-like', sorted(s))
        case _:
            return ('other', type(v).__name__)
for v in [True, 3, 2.5, 'x', b'y', bytearray(b'z'), [1, 2], (1, 2, 3), (), {'b': 1, 'a': 2}, {}, {3, 1}, frozenset({2}), None, 1j]:
    print(repr(v), kind(v))
