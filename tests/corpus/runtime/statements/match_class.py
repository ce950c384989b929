# match: class patterns with positional (__match_args__) and keyword sub-patterns, builtins self-matching, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    def __init__(self, r):
        self.r = r
def m(v):
    match v:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return ('on x axis', x)
        case Point(x=0, y=y):
            return ('on y axis', y)
        case Point(x, y) if x == y:
            return ('diagonal', x)
        case Circle(r=r):
            return ('circle', r)
        case int(n) | float(n):
            return ('number', n)
        case str() as s:
            return ('string', s)
        case bool(b):
            return ('bool unreachable', b)
        case list([a, b]):
            return ('two-list', a, b)
        case dict(d):
            return ('dict', d)
        case _:
            return 'other'
for v in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), Circle(9), 5, 2.5, True, 'txt', [1, 2], [1], {'a': 1}, None]:
    print(type(v).__name__, m(v))
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
def too_many(v):
    match v:
        case Point(1, 2, 3):
            return 'x'
t('too many positional', lambda: too_many(Point(1, 2)))
def no_match_args(v):
    match v:
        case Circle(5):
            return 'x'
t('no match args', lambda: no_match_args(Circle(5)))
def not_a_class(v):
    match v:
        case t(1):
            return 'x'
t('not a class', lambda: not_a_class(1))
def dup_kw(v):
    match v:
        case Point(1, x=1):
            return 'x'
t('duplicate attr', lambda: dup_kw(Point(1, 2)))
class BadArgs:
    __match_args__ = ['x']
    x = 1
def bad_args(v):
    match v:
        case BadArgs(1):
            return 'x'
t('match args list', lambda: bad_args(BadArgs()))
def missing_attr(v):
    match v:
        case Point(z=1):
            return 'x'
        case _:
            return 'no attr -> no match'
t('missing attr', lambda: missing_attr(Point(1, 2)))
