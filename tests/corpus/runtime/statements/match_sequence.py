# match: sequence patterns (fixed length, star, nested), what counts as a sequence (not str/bytes/dict).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def m(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return ('one', x)
        case [x, y]:
            return ('two', x, y)
        case [0, *rest]:
            return ('starts with 0', rest)
        case [*init, 'end']:
            return ('ends with end', init)
        case (a, [b, c], *_):
            return ('nested', a, b, c)
        case [first, *middle, last]:
            return ('many', first, middle, last)
for v in [[], [1], (1, 2), [0, 1, 2, 3], ['a', 'b', 'end'], (1, [2, 3], 4, 5), [1, 2, 3, 4, 5], range(3), 'ab', b'ab', {'a': 1}, {1, 2}, iter([1]), bytearray(b'xy')]:
    print(repr(v) if not hasattr(v, '__next__') else 'iterator', m(v))
class MySeq(list):
    pass
print(m(MySeq([7])))
match [1, 2, 3]:
    case [1, *_, 3] as whole:
        print('as', whole)
match (1, (2, (3, 4))):
    case (_, (_, (_, deep))):
        print('deep', deep)
