# fractions: construction from ints/strings/floats/decimals, arithmetic, limit_denominator, comparisons, hashing, formatting and errors.
from fractions import Fraction as F
from decimal import Decimal
import math
print(F(3, 6), F(-4, -8), F('3/7'), F(' -1.25 '), F('1e-2'), F(0.1), F(Decimal('0.75')), F(F(1, 2), F(3, 4)), F(5), F(), repr(F(1, 3)))
print(F(1, 3) + F(1, 6), F(1, 2) - 1, F(2, 3) * F(3, 4), F(1, 2) / F(1, 4), F(7, 2) // 2, F(7, 2) % 2, divmod(F(7, 2), F(1, 3)), F(2, 3) ** 2, F(4, 9) ** F(1, 2), F(2) ** -2, 2 ** F(1, 2))
print(F(1, 2) + 0.5, F(1, 2) * 1j, F(1, 2) == 0.5, F(1, 3) < 0.34, F(1, 2) == Decimal('0.5') if False else '', hash(F(1, 2)) == hash(0.5), hash(F(4, 2)) == hash(2), F(1, 2).as_integer_ratio())
print(F(math.pi).limit_denominator(1000), F('3.14159265').limit_denominator(100), F(1, 3).limit_denominator(2), F(-7, 3).numerator, F(-7, 3).denominator, math.floor(F(-7, 3)), math.ceil(F(-7, 3)), round(F(5, 2)), round(F(7, 3), 2), int(F(-7, 2)), float(F(1, 8)))
print(sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(1, 10), 0.09), F(1, 2).is_integer() if hasattr(F, 'is_integer') else '', str(F(-3, 1)), abs(F(-1, 2)), -F(1, 2), +F(1, 2), bool(F(0)), f'{float(F(1, 3)):.5f}')
for bad in [lambda: F(1, 0), lambda: F('1/0'), lambda: F('abc'), lambda: F(1.5, 2), lambda: F(float('nan')), lambda: F(float('inf')), lambda: F(1, 2) + 'x', lambda: F(1).limit_denominator(0), lambda: F('1 /2'), lambda: F(object())]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
import pickle, copy
print(pickle.loads(pickle.dumps(F(22, 7))), copy.copy(F(1, 9)), F.from_float(2.5), F.from_decimal(Decimal('-1.5')), F(10**30, 3 * 10**29))
class MyF(F): pass
print(type(MyF(1, 2) + 1).__name__, MyF(3, 4), repr(MyF(3, 4)))
