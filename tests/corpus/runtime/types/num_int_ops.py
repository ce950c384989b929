# int operators: floor semantics, true division rounding, shifts, pow, errors.
def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

vals = [0, 1, -1, 7, -7, 3, -3, 2**31, -2**63, 2**63 - 1, 2**64 + 5, -(2**100) + 3, 10**30]
for a in vals:
    for b in [1, -1, 3, -3, 7, 2**40 + 1, -(2**70), 0]:
        show(f"{a}//{b}", lambda: a // b)
        show(f"{a}%{b}", lambda: a % b)
        show(f"divmod({a},{b})", lambda: divmod(a, b))
        show(f"{a}/{b}", lambda: a / b)
print(2**53 + 1 == float(2**53), 2**53 + 1 > float(2**53), float(2**53) < 2**53 + 1)
print(10**400 / 10**399, (10**300 + 1) / 3, 1 / 10**400, -1 / 10**400)
show("big/1", lambda: 10**400 / 1)
show("big//0", lambda: 10**400 // 0)
show("1%0", lambda: 1 % 0)
show("1/0", lambda: 1 / 0)
print((2**1100 + 12345) / 2**1080, 2**1074 // 3, 1 / 2**1074, 3 / 2**1075, 1 / 2**1075)
print((1 << 100) >> 98, -1 >> 1000, -5 >> 1, 5 >> 10**20, -5 >> 10**20, 0 << 10**20)
show("neg shift", lambda: 1 << -1)
show("neg rshift", lambda: 1 >> -1)
show("huge shift", lambda: 1 << 10**20)
print(1 << 62, 1 << 63, 1 << 64, -1 << 63, 3 << 70)
print(2**-1, 2**-2, (-2)**-3, 10**-5, 2**0, 0**0, (-3)**3, 7**23, (-7)**23)
show("0**-1", lambda: 0 ** -1)
show("pow3", lambda: pow(3, 4, 5))
show("pow3neg", lambda: pow(3, -1, 7))
show("pow3negmod", lambda: pow(3, 5, -7))
show("pow3noinv", lambda: pow(2, -1, 4))
show("pow3zero", lambda: pow(2, 3, 0))
show("pow3mod1", lambda: pow(2, 3, 1))
show("pow3float", lambda: pow(2, 3, 1.5))
show("pow3big", lambda: pow(12345678901234567890, 98765432109876543210, 10**20 + 7))
show("pow kw", lambda: pow(base=2, exp=10, mod=1000))
show("pow kw2", lambda: pow(2, exp=-2))
print(~0, ~5, ~-(2**70), -(-2**63), abs(-2**63), abs(-5), +(-3))
print(6 & 3, 6 | 3, 6 ^ 3, -6 & 2**70 - 1, -(2**70) | 5, (2**65) ^ -1)
for x in [0, 1, -1, 255, -256, 2**63, -(2**63), 2**100 - 1]:
    print(x, x.bit_length(), x.bit_count(), x.__sizeof__(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag, x.numerator, x.denominator)
print(round(12345, -2), round(12355, -1), round(12345, -1), round(-12345, -1), round(15, -1), round(25, -1), round(5, 2), round(7), round(-2**70 - 5, -1))
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__getnewargs__(), True.__round__())
print(hash(2**61 - 1), hash(2**61), hash(-1), hash(-2**100), hash(10**30))
print(True + True, True & False, True | False, True ^ True, True & 3, 3 | False, ~True, -True, True / 2, True // 1)
print(type(True & True).__name__, type(True & 1).__name__, repr(True ^ False), bool(), bool(0), bool([1]))
print(True.__sizeof__(), False.__sizeof__(), (0).__sizeof__(), (2**30).__sizeof__())
print(int.__name__, 1 .__class__, (1).real.__class__, isinstance(True, int))
try:
    class B(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
