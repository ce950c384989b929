# match: names bound by failed patterns stay bound or not, subject evaluated once, case order, irrefutable capture last.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

calls = []
def subject():
    calls.append('evaluated')
    return [1, 2, 3]
match subject():
    case [1, 2]:
        r = 'two'
    case [1, *rest]:
        r = ('rest', rest)
print(r, calls)
match 5:
    case 1 | 2:
        pass
    case other:
        print('other', other)
value = 'untouched'
match (1, 2):
    case (value, 3):
        pass
    case _:
        pass
print('after failed match, value =', value)
match {'a': 1}:
    case {'a': 1, 'b': bb}:
        print('no')
    case {'a': aa}:
        print('aa', aa)
def nomatch(v):
    match v:
        case 1:
            return 'one'
    return 'fell through'
print(nomatch(2))
match 'text':
    case str(s) if s.startswith('t'):
        print('starts with t:', s)
