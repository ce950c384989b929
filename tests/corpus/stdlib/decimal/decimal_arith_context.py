# decimal: construction, arithmetic and rounding under contexts, quantize, signals/traps, special values, formatting, tuples.
import decimal
from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero, Inexact
print(D('1.10') + D('2.205'), D(1) / D(3), D(2).sqrt(), D('0.1') * 3, D(0.1), D('1e-3'), D('-0'), D(' 12.5 '), D((1, (3, 1, 4), -2)), D('123.4500').normalize())
print(repr(D('3.14')), str(D('1E+2')), D('1E+2').to_eng_string(), D('123456789e10'), D(10) ** 20, D(2) ** -2, D(7) // D(2), D(-7) // D(2), D(-7) % D(2), divmod(D(7), D('2.5')))
print(D('2.675').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP), D('-2.5').to_integral_value(), D('2.5').to_integral_value(ROUND_HALF_UP), round(D('2.567'), 2), round(D('2.5')), int(D('-3.9')))
print(D('NaN'), D('-Infinity'), D('sNaN'), D('inf') > 10**100, D('NaN').is_nan(), D(5).is_signed(), D(-5).copy_abs(), D('1.5').as_tuple(), D('1.5').as_integer_ratio(), D('0.125').adjusted())
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D('1.234567') + 0, D(2).ln(), D(1).exp(), D(100).log10(), ctx.prec)
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3), ctx.create_decimal('3.141592653'))
print(getcontext().prec, getcontext().rounding, D(1) / D(7))
for bad in [lambda: D(1) / D(0), lambda: D('abc'), lambda: D(0) / D(0), lambda: D('inf') - D('inf'), lambda: D(-1).sqrt(), lambda: D('1.5').quantize(D('1e-30')),
            lambda: D(1) < 'x', lambda: D('NaN') < 1, lambda: int(D('inf')), lambda: D([1]), lambda: D(1) + 1.5]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, [c.__name__ for c in type(e).__mro__[:3]])
c = Context(prec=3, traps=[])
print(c.divide(D(1), D(0)), bool(c.flags[DivisionByZero]), c.sqrt(D(-1)), bool(c.flags[InvalidOperation]), c.add(D('1.23'), D('4.567')), bool(c.flags[Inexact]))
c.clear_flags(); print(bool(c.flags[Inexact]), c.Emax, c.Emin)
c2 = Context(prec=2, traps=[Inexact])
try: c2.add(D('1.23'), D(1))
except Inexact as e: print('Inexact trapped', type(e).__name__)
print(f'{D("1234567.891"):,.2f}', f'{D("0.000123"):e}', f'{D("12.5"):08.3f}', f'{D("-1.5"):+}', f'{D("1e5"):f}', format(D('0.5'), '%'), f'{D("3"):.2g}')
print(sum([D('0.1')] * 10) == 1, D('1.0') == D('1.00'), hash(D('1.0')) == hash(1), D(1) == 1.0, D('0.1') == 0.1, D('1.5') > 1, max(D(1), D('1.0')), sorted([D('2'), D('1.5'), D(1)]))
print(D.from_float(0.5), D('1.23').compare(D(2)), D('3').max(D('3.0')), D(1).fma(2, 3), D(10).scaleb(2), D('12.345').shift(1) if False else '', D(255).logical_and(D(15)) if False else '', D('7.5').remainder_near(2))
import pickle, copy
print(pickle.loads(pickle.dumps(D('1.50'))), copy.deepcopy(D('-0')), float(D('1.1')), complex(D(2)) if False else '', D(3).__round__(), D('1.2345').__format__('.2'))
print(getcontext().prec, getcontext().Emax, sorted(k.__name__ for k, v in getcontext().traps.items() if v))
