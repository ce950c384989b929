# math: argument errors and messages, __floor__/__ceil__/__trunc__/__float__/__index__ protocols.
import math

class F:
    def __float__(self):
        return 2.5
class Bad:
    def __float__(self):
        return 'x'
class Fl:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __trunc__(self):
        return 'truncated'
class Sub(float):
    def __floor__(self):
        return 'sub floor'
class Idx:
    def __index__(self):
        return 7

print(math.sqrt(F()), math.floor(F()), math.ceil(F()), math.sqrt(Idx()), math.exp(Idx()))
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.floor(Sub(2.5)), math.ceil(Sub(2.5)), math.trunc(Sub(2.5)))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(10**30), math.ceil(True))
print(type(math.floor(2.0)), math.floor(1e20), math.ceil(-1e20), math.trunc(12), math.floor(5), type(math.trunc(True)))
tests = [
    "math.sqrt('a')", "math.sqrt()", "math.sqrt(1, 2)", "math.sqrt(x=1)", "math.atan2(1)", "math.atan2(1, 2, 3)",
    "math.atan2('a', 1)", "math.pow(1, 'b')", "math.sqrt(Bad())", "math.sqrt(None)", "math.floor('a')", "math.ceil([])",
    "math.trunc('a')", "math.trunc(None)", "math.floor(math.inf)", "math.ceil(math.nan)", "math.trunc(math.inf)",
    "math.ldexp(1.0, 1.5)", "math.ldexp(1.0, 10**30)", "math.ldexp(1e308, 10)", "math.ldexp(1.0)",
    "math.fsum([1e308, 1e308])", "math.fsum([math.inf, -math.inf])", "math.fsum(['a'])", "math.fsum(5)",
    "math.dist([1], [1, 2])", "math.dist(1, 2)", "math.dist([1], ['a'])", "math.hypot('a')", "math.hypot(x=1)",
    "math.isclose(1, 2, rel_tol=-1)", "math.isclose(1)", "math.isclose(1, 2, 3)", "math.isclose(1, 2, tol=1)",
    "math.log(0)", "math.log(-1)", "math.log(1, 1)", "math.log(10, 0)", "math.log('a')", "math.log()",
    "math.log(1, 2, 3)", "math.log(-10**400)", "math.log(x=1)", "math.log2(0)", "math.log10(-1)", "math.log1p(-1)",
    "math.pow(0, -1)", "math.pow(10, 400)", "math.pow(-8, 1/3)", "math.exp(1000)", "math.exp(-1000)", "math.gamma(0)",
    "math.gamma(-1)", "math.lgamma(-1)", "math.gamma(200)", "math.lgamma(0)", "math.fmod(1, 0)", "math.fmod(math.inf, 1)",
    "math.fmod(3, math.inf)", "math.remainder(1, 0)", "math.remainder(math.inf, 1)", "math.sqrt(-1)", "math.acos(2)",
    "math.cosh(1000)", "math.sinh(-1000)", "math.sqrt(10**400)", "math.exp2(2000)", "math.expm1(1000)", "math.atanh(1)",
    "math.acosh(0.5)", "math.tan(math.inf)", "math.sin(math.inf)", "math.frexp(2**2000)", "math.modf('x')",
    "math.nextafter(1)", "math.ulp()", "math.copysign(1)", "math.erf('x')", "math.degrees(None)",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
print(sorted(n for n in dir(math) if not n.startswith('_')))
print(math.__name__, type(math.sqrt).__name__, math.sqrt.__name__, repr(math.sqrt)[:28])
