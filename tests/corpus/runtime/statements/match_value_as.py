# match: value patterns (dotted names), as-patterns, or-patterns binding the same names, match on tuples of subjects.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Color:
    RED = 'red'
    GREEN = 'green'
class Ns:
    class Inner:
        VALUE = 42
def m(v):
    match v:
        case Color.RED:
            return 'is red'
        case Ns.Inner.VALUE:
            return 'is forty-two'
        case (1 | 2) as small:
            return ('small', small)
        case [('a' | 'b') as letter, *_] | [_, ('a' | 'b') as letter]:
            return ('letter', letter)
        case _:
            return 'other'
for v in ['red', 'green', 42, 1, 2, ['a', 9], [9, 'b'], [9, 9]]:
    print(v, m(v))
def pair(a, b):
    match a, b:
        case 0, 0:
            return 'both zero'
        case (0, _) | (_, 0):
            return 'one zero'
        case x, y if x == y:
            return 'equal'
        case _:
            return 'different'
print([pair(*p) for p in [(0, 0), (0, 1), (3, 0), (2, 2), (1, 2)]])
cmd = 'go north'
match cmd.split():
    case ['go', ('north' | 'south') as direction]:
        print('going', direction)
match {'action': 'move', 'args': [1, 2]}:
    case {'action': str(action), 'args': [int(a), int(b)] as args}:
        print(action, a, b, args)
