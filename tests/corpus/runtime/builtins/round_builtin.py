# round(): ints with negative ndigits, floats half-even, __round__, None ndigits, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('int', lambda: (round(5), round(15, -1), round(25, -1), round(-15, -1), round(1234, -2), round(1250, -2), round(7, 2), round(10**20 + 5, -1)))
t('float', lambda: (round(0.5), round(1.5), round(-2.5), round(2.675, 2), round(0.125, 2), round(1e20, -19), round(3.14159, 3)))
t('types', lambda: (type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(5, 1)).__name__))
t('none nd', lambda: round(2.5, None))
t('str nd', lambda: round(2.5, '1'))
t('str', lambda: round('1.5'))
t('inf', lambda: round(float('inf')))
t('inf nd', lambda: round(float('inf'), 2))
class R:
    def __round__(self, n=None):
        return ('round', n)
t('dunder', lambda: (round(R()), round(R(), 3)))
t('bool', lambda: round(True))
t('neg big nd', lambda: round(123.456, -10**6))
