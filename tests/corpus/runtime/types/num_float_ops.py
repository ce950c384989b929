# float operators, comparisons with ints, pow special cases, methods, float().
def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

inf = float("inf")
nan = float("nan")
vals = [0.0, -0.0, 1.5, -1.5, 7.0, -7.25, 1e300, inf, -inf, 3]
for a in vals:
    for b in [2.0, -2.0, 0.5, -0.0, 0.0, inf, 3]:
        show(f"{a!r}//{b!r}", lambda: a // b)
        show(f"{a!r}%{b!r}", lambda: a % b)
        show(f"divmod({a!r},{b!r})", lambda: divmod(a, b))
        show(f"{a!r}/{b!r}", lambda: a / b)
        show(f"{a!r}**{b!r}", lambda: a ** b)
for a, b in [(-8.0, 1/3), (-1.0, 0.5), (0.0, -1.0), (0.0, -1), (2.0, 10000.0), (-2.0, 3.0), (-0.0, 3.0), (-0.0, 2.0),
             (nan, 0.0), (1.0, nan), (-1.0, inf), (0.5, -inf), (-inf, 3.0), (-inf, -3.0), (-inf, 2.0), (10, -2.0), (2.0, 3)]:
    show(f"pow({a!r},{b!r})", lambda: a ** b)
show("pow3", lambda: pow(2.0, 3, 5))
show("big int + float", lambda: 1.0 + 10**400)
show("big int cmp", lambda: (1e300 < 10**400, 1e308 > 10**400, inf > 10**400, -inf < -10**400, nan == 10**400, nan != 1))
print(1.0 == 1, 1.5 > 1, 2**53 + 1 > 9007199254740992.0, 9007199254740993 == 9007199254740992.0, 0.5 < True, -0.0 == 0)
print(2**63 == 9.223372036854776e18, 2**63 - 1 < 9.223372036854776e18, 10**20 == 1e20, 10**23 == 1e23, 10**22 == 1e22)
print(hash(1.0), hash(1.5), hash(-0.0), hash(1e300), hash(inf), hash(-inf), hash(0.1))
print(hash(nan) == hash(nan), nan == nan, nan is nan)
for x in [0.0, -0.0, 1.5, -2.75, 1e300, 5e-324, 0.1, 3.0, 1e16, 123456789.125]:
    print(repr(x), str(x), x.as_integer_ratio(), x.hex(), x.is_integer(), x.conjugate(), x.real, x.imag,
          round(x), round(x, 1), round(x, -2), int(x), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__getnewargs__())
for x in [inf, -inf, nan]:
    show("ratio", lambda: x.as_integer_ratio())
    show("round", lambda: round(x))
    show("round1", lambda: round(x, 1))
    show("int", lambda: int(x))
    show("floor", lambda: x.__floor__())
    print(x.hex(), x.is_integer())
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1e300, -300))
show("round big", lambda: round(1.7e308, -308))
show("round str nd", lambda: round(1.5, "1"))
show("round none", lambda: round(1.5, None))
show("round kw", lambda: round(number=1.25, ndigits=1))
for s in ["1.5", " -2e3 ", "inf", "-Infinity", "nan", "1_000.5", "0x10", "", "1e400", "١٫٥", "1__0", "  .5", "5."]:
    show(f"float({s!r})", lambda: float(s))
class F:
    def __float__(self): return 2.5
class Idx:
    def __index__(self): return 4
class BadF:
    def __float__(self): return 1
for o in [F(), Idx(), BadF(), None, 10**400, True]:
    show(f"float({type(o).__name__})", lambda: float(o))
show("float kw", lambda: float(x=1))
show("float 2", lambda: float(1, 2))
print(float(), float(7), float(-0.0))
for h in ["0x1.8p1", "-0x1p-1074", "inf", "0x1.fffffffffffffp+1023", "0x1p+1024", "zz", "  0x3  "]:
    show(f"fromhex({h})", lambda: float.fromhex(h))
print(float.__getformat__("double"), float.__getformat__("float"))
show("getformat bad", lambda: float.__getformat__("long"))
show("getformat int", lambda: float.__getformat__(1))
print((1.5).__sizeof__(), format(1.5, ".3f"), format(-0.0, "z.1f"), format(1e20, ","), format(0.25, "%"), format(2.0, ""), format(1.0, "g"))
show("format bad", lambda: format(1.5, "d"))
class MyF(float):
    pass
m = MyF("2.5")
print(m, type(m).__name__, m + 1, type(m + 1).__name__, type(-m).__name__, type(+m).__name__, MyF(), type(MyF.fromhex("0x1p1")).__name__)
show("0.0 ** -2", lambda: 0.0 ** -2)
show("overflow", lambda: 10.0 ** 400)
show("mod zero", lambda: 1.0 % 0)
show("fdiv zero", lambda: 1.0 // 0.0)
show("div zero", lambda: 1 / 0.0)
show("divmod zero", lambda: divmod(1.0, 0))
print(-5.0 % 3, 5.0 % -3, -0.0 % 5, 0.0 % -5, -1e-300 % 1.0, 6.0 // -4, -6.0 // 4)
