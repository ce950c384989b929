# match: literal patterns (numbers, strings, None/True/False), capture, wildcard, or-patterns, guards.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def m(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 2j:
            return 'imaginary'
        case 'hello' | 'hi':
            return 'greeting'
        case b'bytes':
            return 'bytes'
        case None:
            return 'none'
        case True:
            return 'true'
        case False:
            return 'false'
        case n if isinstance(n, int) and n > 100:
            return 'big %d' % n
        case _:
            return 'other ' + repr(v)
for v in [0, 1, 3, -1, 1.5, 2j, 'hello', 'hi', b'bytes', None, True, False, 1.0, 0.0, 500, 50, 'x', [], 1 + 0j]:
    print(repr(v), m(v))
def capture(v):
    match v:
        case x:
            return x
print(capture('captured'))
def guard_order(v):
    seen = []
    match v:
        case x if seen.append('g1') or x > 5:
            return 'gt5', seen
        case x if seen.append('g2') or x > 0:
            return 'gt0', seen
    return 'none', seen
print(guard_order(10), guard_order(3), guard_order(-1))
