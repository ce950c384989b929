# The C timedelta: construction from mixed units, normalisation, arithmetic, rounding and overflow messages.
from datetime import timedelta as T
import datetime


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


print(T.__module__, T.__name__, T.__qualname__, type(datetime.timedelta.days).__name__)
for e in ["T()", "T(1, 2, 3)", "T(-1)", "T(seconds=-1)", "T(microseconds=-1)", "T(weeks=1, days=-1, hours=25)",
          "T(milliseconds=1.5)", "T(microseconds=0.5)", "T(microseconds=1.5)", "T(microseconds=2.5)",
          "T(days=0.1, seconds=0.3, microseconds=0.7)", "T(hours=1/3)", "T(minutes=-1/7)", "T(days=1e-7)",
          "T(True, False)", "T(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)",
          "T(days=1e9)", "T(days=-1e10)", "T(seconds=float('inf'))", "T(seconds=float('nan'))", "T('1')",
          "T(days=[1])", "T(1, 2, 3, 4, 5, 6, 7, 8)", "T(x=1)", "T(1, days=2)", "T(2**100)",
          "T.min", "T.max", "T.resolution", "T.max + T.resolution", "T.min - T.resolution", "-T.max", "-T.min",
          "abs(T(-1, 5))", "+T(1)", "T(1) + T(hours=1)", "T(1) - T(hours=1)", "T(hours=5) * 3", "3 * T(hours=5)",
          "T(hours=5) * 0.3", "0.3 * T(hours=5)", "T(1) * 2**30", "T.max * 2", "T.max * 2**70", "T(1) * 1e20",
          "T(1) * float('inf')", "T(1) * float('nan')", "T(1) / 3", "T(1) / 7.0", "T(1) / T(hours=5)",
          "T(1) // T(hours=5)", "T(1) // 7", "T(1) % T(hours=5)", "divmod(T(1), T(hours=7))", "divmod(T(-1), T(hours=7))",
          "T(1) / 0", "T(1) // 0", "T(1) / T(0)", "T(1) // T(0)", "T(1) % T(0)", "divmod(T(1), T(0))", "T(1) / 0.0",
          "T(1) // 2.0", "T(1) + 1", "1 - T(1)", "T(1) * 'a'", "T(1) < 1", "T(1) == 1", "T(1) != 'x'",
          "T(1) < T(2)", "T(0) == T(microseconds=0)", "bool(T(0))", "bool(T(microseconds=1))",
          "str(T(1, 1, 1))", "str(T(-2, 1))", "str(T(microseconds=-1))", "str(T(hours=30))", "repr(T(-1, 1, 1))",
          "T(1, 2, 3).total_seconds()", "T.max.total_seconds()", "T(-1, 1, 1).total_seconds()",
          "hash(T(1, 2, 3)) == hash(T(1, 2, 3))", "T(1, 2, 3).__reduce__()", "T(1).days", "T(-1, 5).seconds",
          "T(1) - T(1) == T(0)", "T(microseconds=1) / 2", "T(microseconds=3) / 2", "T(microseconds=-3) / 2",
          "T(microseconds=5) * 0.5", "T(microseconds=7) * 0.5", "T(1).days.__class__"]:
    show(e)
try:
    T(1).days = 2
except AttributeError as e:
    print('AttributeError', e)
print(sorted(k for k in T.__dict__ if not k.startswith('__')))


class Sub(T):
    def __repr__(self):
        return 'Sub' + T.__repr__(self)


s = Sub(hours=36)
print(type(s).__name__, repr(s), str(s), type(s + T(1)).__name__, type(s * 2).__name__, type(-s).__name__, type(abs(s)).__name__)
print(T.__repr__(s), s == T(hours=36), hash(s) == hash(T(hours=36)))
