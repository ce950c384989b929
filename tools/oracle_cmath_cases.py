"""Writes cmath cases computed by the oracle (/usr/bin/python3.11) for Kaa's CmathCasesTests.

Each line: NAME ARG... -> RESULT. A float is its 64 bits in hex (16 digits), a complex "z" + the bits of
its real part + ":" + the bits of its imaginary part, a tuple "(" + comma-separated values + ")", a bool
"T"/"F"; RESULT is one of those or the exception's class name. Inputs are deterministic (every pair of
special parts, including the infinities, NaNs and signed zeros of the Annex G tables, plus a fixed LCG
over float bits), so the file only changes when this script does.

usage: /usr/bin/python3.11 tools/oracle_cmath_cases.py > tests/Kaa.Runtime.Tests/Modules/Cmath/cmath_cases.txt
"""
import cmath
import math
import struct


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def enc(v):
    if isinstance(v, bool):
        return "T" if v else "F"
    if isinstance(v, float):
        return "%016x" % bits(v)
    if isinstance(v, complex):
        return "z%016x:%016x" % (bits(v.real), bits(v.imag))
    if isinstance(v, tuple):
        return "(" + ",".join(enc(x) for x in v) + ")"
    raise TypeError(type(v))


state = 0x9E3779B97F4A7C15


def rand64():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    return state


def rand_float(lo_exp, hi_exp):
    """A float with a random mantissa and sign, exponent in [lo_exp, hi_exp]."""
    r = rand64()
    mant = r & ((1 << 52) - 1)
    e = lo_exp + (r >> 52) % (hi_exp - lo_exp + 1)
    x = math.ldexp(1.0 + mant / 2.0**52, e)
    return -x if (r >> 63) else x


SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-300, -1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
           1e300, -1e300, 1.7976931348623157e308, -1.7976931348623157e308, 4.4e307, 1.4e154, 710.0, -710.0, 720.0,
           math.pi, math.pi / 2, math.inf, -math.inf, math.nan, 1.0000000000000002, 0.9999999999999999, 1e-20]

UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin", "sinh",
         "sqrt", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]


def call(name, args):
    try:
        r = getattr(cmath, name)(*args)
    except Exception as e:  # the class name is what is compared
        return type(e).__name__
    return enc(r)


def emit(name, args):
    print(name, " ".join(enc(a) for a in args), "->", call(name, args))


def main():
    values = [complex(x, y) for x in SPECIAL for y in SPECIAL]
    values += [complex(rand_float(-8, 8), rand_float(-8, 8)) for _ in range(300)]
    values += [complex(rand_float(-1074, 1023), rand_float(-1074, 1023)) for _ in range(150)]
    values += [complex(rand_float(-2, 2), rand_float(-60, 2)) for _ in range(100)]  # near the branch cuts
    values += [complex(1.0 + rand_float(-60, -20), rand_float(-1074, -1000)) for _ in range(20)]  # atanh near 1
    for name in UNARY:
        for z in values:
            emit(name, [z])
    # a plain float argument goes through float()
    for x in SPECIAL:
        emit("sqrt", [x])
        emit("log", [x])
    bases = [2.0, 10.0, complex(0.0, 1.0), 0.0, 1.0, complex(-1.0, 0.0), math.inf, math.nan, complex(3.0, -4.0)]
    for z in values[::7]:
        for b in bases:
            emit("log", [z, b])
    for r in SPECIAL:
        for phi in SPECIAL:
            emit("rect", [r, phi])
    for _ in range(200):
        emit("rect", [rand_float(-10, 10), rand_float(-4, 6)])
    pairs = values[::11]
    for a in pairs:
        for b in (a, a * (1 + 1e-10), a + 1e-12, a * 1.01, complex(math.inf, 0), 0j):
            emit("isclose", [a, b])


main()
