# cmath: every function on ordinary, branch-cut and special values (repr shows signed zeros), the
# constants, the errors and their messages, and the argument conversions.
import cmath
import math

vals = [0j, complex(-0.0, 0.0), complex(0.0, -0.0), 1 + 0j, -1 + 0j, 2 + 3j, -2.5 - 0.5j, 0.5j, -3j, 1e-300 + 1e-300j,
        1e300 + 1e300j, complex(2.0, -0.0), complex(-2.0, 0.0), complex(-2.0, -0.0), complex(math.inf, 1.0),
        complex(-math.inf, -1.0), complex(1.0, math.inf), complex(math.nan, 0.0), complex(0.0, math.nan),
        complex(math.inf, math.nan), complex(-math.inf, math.inf), complex(1.0, 0.0), complex(710.0, 1.0)]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh',
         'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
for name in names:
    f = getattr(cmath, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(f'{type(e).__name__}({e})')
    print(name, ' '.join(out))

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj, type(cmath.nanj))
print(cmath.pi is cmath.pi, cmath.e == math.e)
for r, phi in [(1.0, 0.0), (2.0, math.pi / 2), (-1.0, -0.0), (0.0, math.inf), (math.inf, 0.0), (math.inf, 1.0),
               (-math.inf, 2.0), (math.nan, 0.0), (3.0, math.nan), (1.0, math.inf)]:
    try:
        print('rect', r, phi, repr(cmath.rect(r, phi)))
    except (ValueError, OverflowError) as e:
        print('rect', r, phi, type(e).__name__, e)
for z, b in [(8, 2), (100, 10), (1j, 1j), (-1, 2), (0, 2), (2, 0), (2, 1), (5 + 5j, 3 - 4j), (math.e, math.e)]:
    try:
        print('log', z, b, repr(cmath.log(z, b)))
    except (ValueError, OverflowError) as e:
        print('log', z, b, type(e).__name__, e)

print(cmath.isclose(1 + 1j, 1 + 1j), cmath.isclose(1, 1 + 1e-10), cmath.isclose(1, 1.01), cmath.isclose(1, 1.01, rel_tol=0.1))
print(cmath.isclose(0j, 1e-12j), cmath.isclose(0j, 1e-12j, abs_tol=1e-9), cmath.isclose(complex(math.inf, 0), complex(math.inf, 0)))
print(cmath.isclose(complex(math.inf, 0), complex(-math.inf, 0)), cmath.isclose(cmath.nanj, cmath.nanj))


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 0.25


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 5


print(cmath.sqrt(WithComplex()), cmath.exp(WithFloat()), cmath.log(WithIndex()), cmath.sqrt(-4), cmath.sqrt(True))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(-2), cmath.polar(3 + 4j))

bad = [lambda: cmath.sqrt('x'), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.sqrt(z=1),
       lambda: cmath.log(), lambda: cmath.log(1, 2, 3), lambda: cmath.log(x=1), lambda: cmath.log(1, 'a'),
       lambda: cmath.rect(1), lambda: cmath.rect(1, 'a'), lambda: cmath.rect(r=1, phi=2), lambda: cmath.isclose(1),
       lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.isclose(1, 2, abs_tol=-1),
       lambda: cmath.isclose(1, 2, foo=1), lambda: cmath.isclose(a=1, b='x'), lambda: cmath.sqrt(BadComplex()),
       lambda: cmath.exp(1000), lambda: cmath.cosh(1000 + 1j), lambda: cmath.polar(1e308 + 1e308j),
       lambda: cmath.atanh(1), lambda: cmath.log(0), lambda: cmath.sqrt(10 ** 400), lambda: cmath.phase(2 + 5e-324j),
       lambda: cmath.sin(complex(0, math.inf)), lambda: cmath.sinh(complex(math.inf, 0)), lambda: cmath.tanh(complex(1, math.inf))]
for f in bad:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(cmath.isclose(a=1, b=1), cmath.sqrt.__doc__, cmath.__doc__)
print([n for n in dir(cmath) if not n.startswith('_')])
