# numbers: the numeric tower (isinstance of builtins, Fraction, Decimal), registering a type, implementing Integral's mixins.
import numbers, fractions, decimal
for v in [1, True, 1.5, 1j, fractions.Fraction(1, 2), decimal.Decimal('1.5'), 'x']:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = int(v)
    def __int__(self): return self.v
    __index__ = __int__
    def __repr__(self): return f'MyInt({self.v})'
for name in numbers.Integral.__abstractmethods__:
    if not hasattr(MyInt, name) or getattr(getattr(MyInt, name), '__isabstractmethod__', False):
        setattr(MyInt, name, (lambda n: lambda self, *a: (n, self.v) + a)(name))
MyInt.__abstractmethods__ = frozenset()
m = MyInt(7)
print(float(m), m.numerator, m.denominator, m.real, m.imag, complex(m) if False else '', [1, 2, 3, 4, 5, 6, 7, 8][m], bin(m), hex(m))
class Meters(float): pass
numbers.Real.register(Meters) if False else None
print(isinstance(Meters(1), numbers.Real), issubclass(numbers.Integral, numbers.Rational), numbers.Number.__hash__, numbers.Real.__mro__[1].__name__)
try: numbers.Integral()
except TypeError as e: print(type(e).__name__, e)
class N: pass
numbers.Number.register(N); print(isinstance(N(), numbers.Number), isinstance(N(), numbers.Complex))
