# match: mapping patterns (extra keys allowed, **rest, nested, key lookup via get, non-dict mappings rejected).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def m(v):
    match v:
        case {'type': 'point', 'x': x, 'y': y}:
            return ('point', x, y)
        case {'type': 'circle', 'r': r, **rest}:
            return ('circle', r, rest)
        case {'nested': {'inner': value}}:
            return ('nested', value)
        case {1: one, 'k': None}:
            return ('int key', one)
        case {}:
            return 'some mapping'
        case _:
            return 'not a mapping'
for v in [{'type': 'point', 'x': 1, 'y': 2, 'extra': 3}, {'type': 'circle', 'r': 5, 'color': 'red', 'z': 0}, {'nested': {'inner': 42}},
          {1: 'uno', 'k': None}, {1: 'uno', 'k': 0}, {}, [('type', 'point')], 'str']:
    print(v, m(v))
class D(dict):
    def __missing__(self, k):
        return 'MISSING'
print(m(D(type='point', x=1)))
