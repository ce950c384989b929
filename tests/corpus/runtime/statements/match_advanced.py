# match: complex nesting, guards referencing captures, class patterns for builtins with sub-patterns, star captures in mappings.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def classify(event):
    match event:
        case {'type': 'click', 'pos': (x, y)} if x < 0 or y < 0:
            return 'offscreen click'
        case {'type': 'click', 'pos': (x, y), **rest} if rest:
            return f'click at {x},{y} with {sorted(rest)}'
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k)} if len(k) == 1:
            return 'char ' + k
        case {'type': 'key', 'key': str() as k}:
            return 'special ' + k
        case [{'type': _}, *others] if len(others) > 1:
            return f'batch of {1 + len(others)}'
        case [int() | float() as n, *_]:
            return f'number first {n}'
        case tuple((str(), str())):
            return 'string pair'
        case _:
            return 'unknown'
events = [{'type': 'click', 'pos': (1, 2)}, {'type': 'click', 'pos': (-1, 2)}, {'type': 'click', 'pos': (3, 4), 'button': 2},
          {'type': 'key', 'key': 'a'}, {'type': 'key', 'key': 'Enter'}, [{'type': 'x'}, 1, 2], [2.5, 'x'], ('a', 'b'), ['a', 'b'], 42]
for e in events:
    print(classify(e))
