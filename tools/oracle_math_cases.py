"""Writes math-function cases computed by the oracle (/usr/bin/python3.11) for Kaa's MathCasesTests.

Each line: NAME ARG... -> RESULT, where each float is its 64 bits in hex (16 digits), each int is
"i" + hexadecimal, a list is "[" + comma-separated floats + "]", and RESULT is a float's bits, "i"+int,
or the exception's class name. Inputs are deterministic (a fixed LCG over float bits plus special
values), so the file only changes when this script does.

usage: /usr/bin/python3.11 tools/oracle_math_cases.py > tests/Kaa.Runtime.Tests/Modules/Math/math_cases.txt
"""
import math
import struct


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def unbits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def enc(v):
    if isinstance(v, float):
        return "%016x" % bits(v)
    if isinstance(v, int):
        return ("i-" if v < 0 else "i") + "%x" % abs(v)
    if isinstance(v, tuple):
        return "(" + ",".join(enc(x) for x in v) + ")"
    return "[" + ",".join(enc(x) for x in v) + "]"


state = 0x2545F4914F6CDD1D


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


SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, 10.0, 100.0, 1e-300, -1e-300, 5e-324, 1e300,
           -1e300, 1.7976931348623157e308, math.inf, -math.inf, math.nan, math.pi, math.e, 0.1, 1e-8, 1e-20,
           0.9999999999999999, 1.0000000000000002, 709.0, 710.0, -745.0, 171.5, -171.5, 200.5, -200.5,
           141.0, 139.5, -139.5, 5.5, 4.999, 0.001, 6.02468, 1e16, 2.0**52 + 0.5]

ONE_ARG = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp",
           "exp2", "expm1", "fabs", "gamma", "lgamma", "log", "log10", "log1p", "log2", "sin", "sinh", "sqrt",
           "tan", "tanh", "ulp", "degrees", "radians", "frexp", "modf", "floor", "ceil", "trunc"]
TWO_ARG = ["atan2", "copysign", "fmod", "pow", "remainder", "nextafter", "hypot", "log", "dist2"]


def call(name, args):
    try:
        if name == "dist2":
            r = math.dist(args[0], args[1])
        else:
            r = getattr(math, name)(*args)
    except Exception as e:  # the class name is what is compared
        return type(e).__name__
    return enc(r)


def emit(name, args):
    print(name, " ".join(enc(a) for a in args), "->", call(name, args))


def main():
    one = SPECIAL + [rand_float(-30, 30) for _ in range(120)] + [rand_float(-1074, 1023) for _ in range(40)]
    one += [rand_float(-2, 8) for _ in range(60)]
    # gamma/lgamma: many negative and near-integer arguments
    gam = [rand_float(-3, 8) for _ in range(150)] + [n + d for n in range(-30, 40) for d in (0.5, 1e-9, -1e-9, 0.25)]
    for name in ONE_ARG:
        for x in one:
            emit(name, [x])
    for name in ("gamma", "lgamma"):
        for x in gam:
            emit(name, [x])
    pairs = [(a, b) for a in SPECIAL[:20] for b in SPECIAL[:20]]
    pairs += [(rand_float(-10, 10), rand_float(-10, 10)) for _ in range(100)]
    pairs += [(rand_float(-1074, 1023), rand_float(-1074, 1023)) for _ in range(40)]
    for name in TWO_ARG:
        for a, b in pairs:
            if name == "dist2":
                emit(name, [(a, b, a * 0.5), (b, a, 1.0)])
            else:
                emit(name, [a, b])
    for n in range(2, 9):
        for _ in range(25):
            emit("hypot", [rand_float(-20, 20) for _ in range(n)])
    for _ in range(120):
        n = 1 + rand64() % 30
        emit("fsum", [[rand_float(-60, 60) for _ in range(n)]])
    emit("fsum", [[1e-16, 1.0, 1e16]])
    emit("fsum", [[1e308, 1e308, -1e308]])
    emit("fsum", [[math.inf, 1.0, math.inf]])
    emit("fsum", [[math.inf, -math.inf]])
    emit("fsum", [[math.nan, 1.0]])
    for k in (1, 2, 3, 10, 60, 500, 1023, 1024, 1025, 3000):
        for v in (2**k, 2**k - 1, 3**k, 10**(k // 3 + 1) + 7):
            for name in ("log", "log2", "log10"):
                emit(name, [v])
            emit("log", [v, 7])
            emit("log", [v, 2.5])
    for v in (1, 2, 3, 10**5, 2**52 + 1, 2**53 + 1, 2**63, 2**64 - 1, 10**40, -5, 0):
        for name in ("exp", "sqrt", "gamma", "lgamma", "erf", "atan", "log1p"):
            emit(name, [v])
    for x in SPECIAL:
        for i in (-1100, -1074, -1, 0, 1, 5, 1023, 1024, 2000, 10**30, -10**30):
            emit("ldexp", [x, i])


main()
