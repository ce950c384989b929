# a user numeric type: full operator set, conversions (__int__, __float__, __complex__, __index__, __round__, __trunc__, __floor__, __ceil__), mixing with ints.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f'Money({self.cents})'
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __complex__(self):
        return complex(self.cents / 100)
    def __index__(self):
        return self.cents
    def __round__(self, n=None):
        return Money(round(self.cents, -2 if n is None else n))
    def __trunc__(self):
        return 'trunc'
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
a, b = Money(150), Money(275)
print(a + b, a + 5, 5 + a, a * 3, 3 * a, sum([a, b]), sorted([b, a]), max(a, b), a == Money(150), bool(Money(0)))
print(int(a), float(b), complex(a), bin(a), [0] * 2 if False else list(range(3))[Money(1)], round(b), round(b, -1))
print(b.__trunc__(), b.__floor__(), b.__ceil__())
t('sub missing', lambda: a - b)
t('mul by float', lambda: a * 1.5)
t('str mul via index', lambda: 'ab' * Money(2))
print({a: 'x'}[Money(150)])
