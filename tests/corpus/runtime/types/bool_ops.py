# bool: values, arithmetic promotes to int, bitwise stays bool, repr/str, constructor.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

for a in (False, True):
    for b in (False, True):
        print(a, b, a & b, a | b, a ^ b, a + b, a - b, a * b, a == b, a < b)
t('invert', lambda: (~True, ~False))
t('neg', lambda: (-True, +True))
t('div', lambda: True / 2)
t('floordiv', lambda: True // False)
t('str', lambda: (str(True), repr(False), format(True), format(True, 'd'), f'{False!r}', '%s %d' % (True, True)))
t('ctor', lambda: [bool(x) for x in (0, 1, -1, 0.0, '', 'a', [], [0], (), {}, None, 0j, range(0), b'')])
t('ctor empty', lambda: bool())
t('isinstance', lambda: (isinstance(True, int), issubclass(bool, int), type(True + True)))
t('subclass', lambda: type('B', (bool,), {}))
t('new', lambda: bool.__new__(bool, 5))
t('hash', lambda: (hash(True), hash(False)))
t('is', lambda: (bool(5) is True, (1 == 1) is True))
t('sum', lambda: sum([True, True, False]))
t('index', lambda: [10, 20][True])
t('real', lambda: (True.real, True.imag, True.numerator, True.denominator, True.bit_length()))
t('and or not', lambda: (True and 0, False or '', not 0, not 'x'))
