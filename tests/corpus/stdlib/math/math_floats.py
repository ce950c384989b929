# math's float functions: results printed with repr (all digits), special values, and errors.
import math

vals = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0, 3.5, 10.0, 1e-10, 1e10, 123.456, -7.25, math.pi, math.e]
names = ['sqrt', 'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma', 'cbrt', 'fabs', 'ulp',
         'degrees', 'radians']
for name in names:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan))
for x, y in [(1.0, 2.0), (-0.0, 1.0), (3.0, -0.0), (5.5, 2.0), (-5.5, 2.0), (1e308, 10.0), (2.0, 0.5), (0.0, 0.0)]:
    row = []
    for name in ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'hypot', 'nextafter']:
        try:
            row.append(repr(getattr(math, name)(x, y)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(x, y, ' '.join(row))
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5), math.hypot(-3, 4.0), math.hypot(1e300, 1e300))
print(math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(5e-324, 5e-324))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist(iter([1.5]), (0,)), math.dist((), ()))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum(range(10)), math.fsum([]), math.fsum([math.inf, 1]), math.fsum([-0.0, -0.0]))
print(math.frexp(0.0), math.frexp(-0.0), math.frexp(8.0), math.frexp(-0.3), math.frexp(5e-324), math.frexp(math.inf))
print(math.ldexp(0.75, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(-2.0, 10**9 * -1), math.ldexp(1, 2))
print(math.modf(3.75), math.modf(-3.75), math.modf(-0.0), math.modf(math.inf), math.modf(-math.inf), math.modf(2))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isnan(math.nan), math.isinf(-math.inf), math.isinf(10**300))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log(10**500, 10), math.log2(2**2000), math.log10(10**400))
print(math.log(True), math.log2(1), math.log(2.0**-1074), math.log(7, 0.5), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.pow(2, 10), math.pow(-2, 3), math.pow(0.0, 0.0), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-1, math.inf))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(-math.inf, -3), math.pow(0.5, -math.inf), math.pow(-0.0, 3))
print(math.sqrt(2), math.sqrt(10**20), math.exp(1), math.gamma(0.5), math.gamma(-0.5), math.lgamma(-0.5), math.gamma(171.5))
print(math.gamma(1e-300), math.gamma(-1e-300), math.gamma(-200.5), math.lgamma(1e300), math.erf(0.5), math.erfc(10))
