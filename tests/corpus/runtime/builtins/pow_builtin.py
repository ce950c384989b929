# pow(): 2 and 3 argument forms for int, float, complex; modular inverse; __pow__/__rpow__ and the 3-arg __pow__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('int', lambda: (pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0), pow(10, 20)))
t('float', lambda: (pow(2.0, 0.5), pow(-8, 1/3), pow(2, 0.5), pow(1.5, 2)))
t('mod', lambda: (pow(3, 4, 5), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 10**9 + 7), pow(123, -1, 4567)))
t('mod zero', lambda: pow(1, 1, 0))
t('mod neg no inverse', lambda: pow(4, -1, 8))
t('mod float', lambda: pow(2, 3, 2.0))
t('complex', lambda: (pow(1j, 2), pow(2, 1j)))
class P:
    def __pow__(self, e, mod=None):
        return ('pow', e, mod)
    def __rpow__(self, b, mod=None):
        return ('rpow', b, mod)
t('dunder', lambda: (pow(P(), 2), pow(P(), 2, 5), pow(2, P()), P() ** 3, 3 ** P()))
t('rpow 3 arg', lambda: pow(2, P(), 5))
t('type', lambda: pow('a', 2))
t('zero neg', lambda: pow(0, -1))
t('kw', lambda: pow(exp=2, base=3))
