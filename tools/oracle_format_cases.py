"""Prints CPython's results for Kaa's formatting tests (tests/Kaa.Runtime.Tests/Formatting).

One JSON object per line: {"op": ..., inputs..., "out": result} or {..., "err": "ValueError: message"}.
Floats travel as their IEEE bits (a signed 64-bit integer), ints as decimal strings. Cases are
generated as cross products of values and specs so that every option meets every kind of value.
Run with /usr/bin/python3.11.
"""
import itertools
import json
import math
import random
import struct
import sys


def bits(x):
    return struct.unpack('<q', struct.pack('<d', x))[0]


def run(f):
    try:
        return {"out": f()}
    except Exception as e:  # noqa: BLE001 - every Python-level error is a result to compare
        return {"err": f"{type(e).__name__}: {e}"}


def has_surrogate(s):
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in s)


def emit(op, result, **inputs):
    for name, value in list(inputs.items()):
        if isinstance(value, str) and has_surrogate(value):
            # JSON readers reject lone surrogates: send such a str as its code points.
            del inputs[name]
            inputs[name + "_cps"] = [ord(ch) for ch in value]
    inputs["op"] = op
    out = result.get("out")
    if isinstance(out, str) and has_surrogate(out):
        result = {"out_cps": [ord(ch) for ch in out]}
    inputs.update(result)
    print(json.dumps(inputs, ensure_ascii=True))


FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 123.456, -123.456, 1234567.891,
          1e16, 1e15, 9999999999999998.0, 1e17, 1.5e-5, 1e-4, 9.99e-5, 0.1, 0.3, 2 / 3, 1 / 3, math.pi,
          -math.e, 1e100, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 123456789012345678.0,
          0.05, 0.15, 0.25, 0.35, 9.5, 99.5, 999.5, 0.0001234, 12345.6789e10,
          float('inf'), float('-inf'), float('nan'), 1e22, 2.0**60, 100.0, 1e-7, -1e-320]

FLOAT_SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.3', '.17', '.0e', '.2e', '.20e',
               '.0f', '.2f', '.25f', '.0g', '.1g', '.5g', '.17g', '.30g', '#', '#g', '#.0f', '#.0e', '#.3g',
               '#.0', '+', ' ', '-', '+.2f', ' .3e', '10', '<10', '>12.3f', '^15.2e', '=12', '012', '012.3f',
               '+012.2f', '*^20.3g', '0<12', 'x=+12.1f', ',', '_', ',.2f', '_.3f', '015,.2f', '020_.1f',
               ',g', ',e', '015,', 'z', 'z.1f', 'z.0f', 'z.1e', 'z.3g', '+z.2f', 'z%', '.2%', '10%', ',.1%',
               '.0%', '12.4n', 'n', '.100f', '.60e', '.40g', '#.20g', '0=+15.4e', '\u00e9^9', '\U0001F600>8.1f',
               'd', 'x', 'b', 'c', 's', '.', '5.', ',_', '_,', ',,', '10.2.', 'ff', '\u0669\u0660',
               '.\u0663f', ',d', ',s', '9' * 25, '.' + '9' * 25, '.2147483648f', '.2147483647', '<\x00',
               '\x00>5', '\ud800>5', '>\ud800', '\x7f', '\x1f']


def float_cases():
    rng = random.Random(20261124)
    values = list(FLOATS)
    for _ in range(300):
        b = rng.getrandbits(64)
        x = struct.unpack('<d', struct.pack('<Q', b))[0]
        values.append(x)
    for _ in range(200):
        values.append(rng.uniform(-1e6, 1e6))
    for e in range(-30, 31):
        values.append(10.0 ** e)
        values.append(2.0 ** (e * 30))
    for x in values:
        emit("float_repr", run(lambda: repr(x)), x=bits(x))
    for x in FLOATS:
        for spec in FLOAT_SPECS:
            emit("float_format", run(lambda: format(x, spec)), x=bits(x), spec=spec)
    for x in values[len(FLOATS):len(FLOATS) + 60]:
        for spec in ['.0f', '.3f', '.10f', '.0e', '.5e', '.16e', '.3g', '.12g', '', '.3', '%', ',.2f']:
            emit("float_format", run(lambda: format(x, spec)), x=bits(x), spec=spec)
    # Many values through the precisions that the fast (128-bit) and exact (big integer) digit paths
    # share between them: near-ties (short binary fractions, decimal-looking values), all magnitudes.
    fast_values = []
    for _ in range(150):
        fast_values.append(rng.getrandbits(20) / 2 ** rng.randint(0, 24))
        fast_values.append(round(rng.uniform(0, 1000), rng.randint(0, 6)) + 0.5 * 10 ** -rng.randint(0, 8))
        fast_values.append(struct.unpack('<d', struct.pack('<Q', rng.getrandbits(63)))[0])
        fast_values.append(rng.uniform(-1, 1) * 10.0 ** rng.randint(-40, 40))
    for x in fast_values:
        for spec in ['.0f', '.1f', '.2f', '.3f', '.6f', '.12f', '.17f', '.22f', '.0e', '.1e', '.4e', '.9e', '.15e',
                     '.16e', '.20e', '.36e', '.1g', '.2g', '.6g', '.16g', '.17g']:
            emit("float_format", run(lambda: format(x, spec)), x=bits(x), spec=spec)
    # ties: exactly representable halves round to even
    for k in range(0, 40):
        x = k / 8
        for spec in ['.0f', '.1f', '.2f', '.0e', '.1e']:
            emit("float_format", run(lambda: format(x, spec)), x=bits(x), spec=spec)


INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 123456789, -123456789, 2**31, 2**63, -2**63, 2**64 + 5,
        10**20, -10**25, 0x10FFFF, 0x110000, 65, 0xD800, 0x1F600, 3**70]

INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', 'c', 'n', '#b', '#o', '#x', '#X', '+d', ' d', '-d', '+x', ' #o',
             '10', '<10', '^10', '=10', '010', '+010', '#010x', '#010b', '-#012X', '*^12', 'x=+10', '010c',
             ',', '_', ',d', '_d', '_b', '_o', '_x', '_X', '#_b', '#_x', '012,', '012_', '08,', '09,', '07_x', '015,d', '#015_x',
             '0=12,', '0>12,', '012_b', '09_o', '+015,', ' 013,', '0=+20_d', ',b', ',x', ',c', '_c', '_n', ',n',
             'e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', ',.2f', '.3e', '010.1%', 'z', 'zd', '.2', '.2d', '+c',
             '#c', 'q', 's', '10.', '\u00e9<10x', '\U0001F600^11,', '020', '=', '0', '00', '#', '#0', '08#x']


def int_cases():
    for n in INTS:
        for spec in INT_SPECS:
            emit("int_format", run(lambda: format(n, spec)), n=str(n), spec=spec)
        emit("bin", run(lambda: bin(n)), n=str(n))
        emit("oct", run(lambda: oct(n)), n=str(n))
        emit("hex", run(lambda: hex(n)), n=str(n))
    for n in [10**4299, 10**4300 - 1, 10**4300, -10**4300, 10**5000, 2**20000, 7**3000]:
        emit("int_str", run(lambda: str(n)), n=hex(n))
        emit("int_format", run(lambda: format(n, 'x')[:50]), n=hex(n), spec='x', truncate=50)
    for n in [2**1023 * 3 // 2, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024, 10**400, 2**53 + 1, 2**54 + 3,
              2**64 - 1, 2**80 + 2**27, -(2**1024)]:
        emit("int_format", run(lambda: format(n, '.3e')), n=str(n), spec='.3e')
        emit("int_format", run(lambda: format(n, 'f')[:60]), n=str(n), spec='f', truncate=60)


STRS = ['', 'a', 'abc', 'hello world', 'caf\u00e9', '\U0001F600x', '\u4e2d\u6587\u5b57', 'tab\there']

STR_SPECS = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '.0', '10.3', '>10.3s', '-^9', '\u00e9<6',
             '\U0001F600>5', '+', ' ', '-', '+s', '#', '#s', '=5', '0', '05', '010s', 'z', 'zs', ',', '_', ',s',
             'd', 'x', 'r', '.', '10.', '\u0663', 'ss', '<', '0<5', '00']


def str_cases():
    for s in STRS:
        for spec in STR_SPECS:
            emit("str_format", run(lambda: format(s, spec)), s=s, spec=spec)


COMPLEXES = [0j, 1j, -1j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 2j, -1.5 - 2.5j,
             complex(1e16, 1e-5), complex(3, 0), complex(float('inf'), float('nan')),
             complex(float('-inf'), float('-inf')), complex(0.1, 1 / 3), 2j * 1e300]

COMPLEX_SPECS = ['', 'e', 'f', 'g', 'E', 'G', 'n', '.2f', '.0e', '+.3g', ' g', '20', '<30', '^30.2f', '*>30',
                 '.3', '+', '#', '#.0f', ',', '_.2f', 'z.1f', '0', '010', '=20', '%', 'd', 's', '.10g', '-']


def complex_cases():
    for c in COMPLEXES:
        emit("complex_repr", run(lambda: repr(c)), re=bits(c.real), im=bits(c.imag))
        for spec in COMPLEX_SPECS:
            emit("complex_format", run(lambda: format(c, spec)), re=bits(c.real), im=bits(c.imag), spec=spec)




INT_STRINGS = ['0', '1', '-1', '+7', '  42  ', '\t-3\n', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101',
               '0x_1f', '0x__1f', '0_7', '00', '000', '07', '0_0', '', ' ', '+', '-', '12a', 'z', 'Z', 'zz', '1e5',
               '1.0', '\u0661\u0662\u0663', '\uff11\uff12', '\u00a0 5 \u2003', '5\u00e9', '\x00', '1\x00', '9' * 30,
               '-0x', '0b', '0b2', '0o8', '  0x10  ', 'x' * 250, '\U0001D7D9', '1 2', '0xg', '٣_٣', '1\u200b']
INT_BASES = [10, 0, 2, 8, 16, 36, 7, 1, 37, -1]


def parse_cases():
    for s in INT_STRINGS:
        for b in INT_BASES:
            emit("int_parse", run(lambda: str(int(s, b))), s=s, base=b)
    for n in [640, 641, 4300, 4301, 5000]:
        s = '7' * n
        # The value is shown modulo a prime: its decimal form could exceed the limit itself.
        for b in (10, 16, 9):
            emit("int_parse_mod", run(lambda: str(int(s, b) % 1000000007)), s=s, base=b)
    def show_float(x):
        return f"{x!r} {math.copysign(1.0, x)!r}"
    float_strings = ['0', '1', '-1', '1.5', '.5', '5.', '.', '-.5e3', '1e5', '1E-5', '1e', '1e+', 'e5', '1.5e3.2',
                     ' 3.25 ', '\t\n2\x0b\x0c', '1_000.5', '1__0', '_1', '1_', '1_.5', '1._5', '1e1_0', '1e_10',
                     'inf', '-inf', '+INF', 'Infinity', '-iNfInItY', 'infin', 'nan', '-nan', 'NaN', '+nan', 'nan1',
                     '1e308', '1e309', '-1e400', '1e-320', '1e-400', '2.4703282292062327e-324',
                     '2.4703282292062328e-324', '0.1', '0.30000000000000004', '9007199254740993',
                     '1' * 400, '0.' + '0' * 400 + '1', '1' * 30 + 'e-30', '', ' ', '\u0661.\u0662', '\u00a01.5\u2003',
                     '1.5\u00e9', '\x00', '1\x00', '0x10', '1,5', '1 5', '+-1', '--1', '١٠_٠', 'x' * 300,
                     '4.9406564584124654e-324', '1.7976931348623157e308', '1.7976931348623158e308',
                     '1.7976931348623159e308', '123456789e-5', '-0', '-0.0e-5', '0e999999999999999999',
                     '1e-99999999999999999999', '1e99999999999999999999']
    for s in float_strings:
        emit("float_parse", run(lambda: show_float(float(s))), s=s)
    hexes = ['0x1.8p1', '-0x1p-1074', '0x1.ffffp10', '1', '0x', 'x1', '0x.8', '0x1.', '.', '0x1p', '0x1p+', 'inf',
             '-Infinity', 'nan', ' 0x1 ', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x1p1024',
             '0x1p-1075', '0x1.1p-1075', '0x3p-1076', '0x1.00000000000008p0', '0x1.00000000000018p0',
             '0x1.000000000000081p0', '0X1P+3', '0x1p99999999999999999999', '0x0p99999999999999999999',
             '0x1p-99999999999999999999', '+0x1.5', '0x1_0', '0x1g', '0x.', '0xp1', '1e5', 'ab.cdp-3', '0x10.0p-4 ',
             '0x0.0000000000001p-1022', '0x1.0000000000000p-1022', '0x00000000000000000000001p0']
    for s in hexes:
        emit("float_fromhex", run(lambda: show_float(float.fromhex(s))), s=s)
    rng = random.Random(7)
    hx = FLOATS + [rng.uniform(-1e10, 1e10) for _ in range(50)] + [5e-324 * k for k in (1, 3, 1000)]
    for x in hx:
        emit("float_hex", run(lambda: x.hex()), x=bits(x))
    round_values = FLOATS + [2.675, 0.125, 0.375, 1.005, 2.5, 3.5, -0.5, 0.5, 1e300, 123.456, 5e-324,
                             1.7976931348623157e308, 0.285, 0.28500000000000003, 1234.5678, -1234.5678, 1e22 + 1]
    for x in round_values:
        emit("round_int", run(lambda: str(round(x))), x=bits(x))
        for n in [0, 1, 2, 3, -1, -2, -3, 5, 15, 17, 300, 308, 323, 324, -308, -309, 10**6, -10**6]:
            emit("round", run(lambda: show_float(round(x, n))), x=bits(x), n=n)


def main():
    float_cases()
    int_cases()
    str_cases()
    complex_cases()
    parse_cases()
    percent_cases()
    bytes_parse_cases()
    str_format_cases()
    complex_parse_cases()
    bytes_percent_cases()
    random_cases()




def encode(v):
    """A percent-format argument as the C# fake object model reads it."""
    if isinstance(v, bool):
        return {"t": "bool", "v": v}
    if isinstance(v, int):
        return {"t": "int", "v": hex(v)}
    if isinstance(v, float):
        return {"t": "float", "v": bits(v)}
    if isinstance(v, complex):
        return {"t": "complex", "re": bits(v.real), "im": bits(v.imag)}
    if isinstance(v, str):
        return {"t": "str", "v": v}
    if v is None:
        return {"t": "none"}
    if isinstance(v, tuple):
        return {"t": "tuple", "v": [encode(x) for x in v]}
    if isinstance(v, list):
        return {"t": "list", "v": [encode(x) for x in v]}
    if isinstance(v, dict):
        return {"t": "dict", "v": [[k, encode(x)] for k, x in v.items()]}
    raise TypeError(type(v))


PERCENT_CONVERSIONS = 'diuoxXeEfFgGcrsa'
PERCENT_FLAGS = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', '+#', ' 0', '-#']
PERCENT_WIDTHS = ['', '5', '.0', '.3', '8.2']
PERCENT_VALUES = [0, 42, -42, 255, 2**70, -2**70, True, 3.75, -0.0, 1e20, -2.5e-7, float('inf'), float('nan'),
                  'abc', 'caf\u00e9', '\U0001F600', 'x', None, 1 + 2j, [1, 'a'], (), 65, 0x1F600, -1, 0x110000,
                  ('t',)]
# Every flag and width meets these values; the other values meet a selection of flag and width pairs.
PERCENT_CORE_VALUES = [-42, 3.75, 'abc']
PERCENT_SELECTED = [('', ''), ('#', ''), ('0', '5'), ('-', '12'), ('+', '.3'), ('+0', '8.2'), ('-#', '12'),
                    (' ', '.0'), ('#0', '12')]


def percent_cases():
    for conv in PERCENT_CONVERSIONS:
        for flags in PERCENT_FLAGS:
            for width in PERCENT_WIDTHS:
                fmt = '%' + flags + width + conv
                for v in PERCENT_CORE_VALUES:
                    emit("percent", run(lambda: fmt % (v,)), fmt=fmt, args=encode((v,)))
        for flags, width in PERCENT_SELECTED:
            fmt = '%' + flags + width + conv
            for v in PERCENT_VALUES:
                emit("percent", run(lambda: fmt % (v,)), fmt=fmt, args=encode((v,)))
    specials = [
        ('%s', ()), ('%s %s', (1,)), ('%s', (1, 2)), ('abc', 5), ('abc', ()), ('abc', {'a': 1}), ('abc', []),
        ('%s', 5), ('%s', 'str'), ('%s', [1, 2]), ('%s', {'a': 1}), ('%(a)s', {'a': 1}), ('%(a)s %(b)r', {'a': 1, 'b': 'x'}),
        ('%(a)s', {'b': 1}), ('%(a)s', (1,)), ('%(a)s', 5), ('%(a', {'a': 1}), ('%(a(b))s', {'a(b)': 7}),
        ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('%(a)*d', {'a': 1}), ('%*d', (5, 42)), ('%-*d|', (5, 42)),
        ('%*d', (-5, 42)), ('%.*f', (2, 3.14159)), ('%.*f', (-2, 3.14159)), ('%*.*f', (10, 3, 2.5)), ('%*d', ('5', 1)),
        ('%.*f', (2.0, 1.0)), ('%*d', (5,)), ('%', ()), ('abc%', ()), ('%5', (1,)), ('%.', (1,)), ('%-', (1,)),
        ('%y', (1,)), ('abc%yz', (1,)), ('%\u00e9', (1,)), ('%\x01', (1,)), ('%%', ()), ('%%%s%%', ('x',)), ('100%%', ()),
        ('%hd %ld %Lf', (1, 2, 3.0)), ('%l', (1,)), ('%5%', ()), ('%-5%|', ()), ('%(x)%', {'x': 1}),
        ('%c', ('ab',)), ('%c', ('',)), ('%c', (3.5,)), ('%c', (-1,)), ('%c', (2**64,)), ('%5c|%-5c|', ('a', 98)),
        ('%d', ('5',)), ('%x', (3.5,)), ('%o', ('5',)), ('%d', (None,)), ('%e', ('x',)), ('%f', (None,)), ('%d', (1j,)),
        ('%d', (float('inf'),)), ('%d', (float('nan'),)), ('%x', (True,)), ('%f', (2**2000,)), ('%d', (10**5000,)),
        ('%s%s%s', (1, 2, 3)), ('%r %a', ('\u00e9', '\u00e9')), ('%a', ('\U0001F600\n',)), ('%.2s|%.0r|%5.1a', ('abc', 'x', 'y')),
        ('%(a)s\u00e9%(\u00e9)s', {'a': 1, '\u00e9': 2}), ('\U0001F600%s\U0001F600%y', (1, 2)), ('%s', ((1, 2),)),
        ('%s', ([],)), ('%5s|%-5s|', ('\U0001F600', '\U0001F600')), ('%015.3e|%-+12.4g|% 9.0f|%#.0f|%#x|%#o|%#X', (1.5, -2.25, 3.5, 4.0, 255, 8, 255)),
        ('%0-8d|%-08d|%+-8d|% -8d', (1, 2, 3, 4)), ('%#8x|%#08x|%#-8x|%-#08X|%+#08o', (255, 255, 255, 255, 8)),
        ('%.5d|%8.5d|%-8.5d|%08.5d|%+.5d|%.5x|%#.5x|%#10.5o', (42, 42, 42, 42, 42, 255, 255, 8)),
        ('%.0d|%.0x', (0, 0)), ('%i %u', (7, -7)), ('%3$s', (1,)), ('%(a)s', {}), ('%()s', {'': 'empty'}),
    ]
    for fmt, args in specials:
        emit("percent", run(lambda: fmt % args), fmt=fmt, args=encode(args))




def bytes_parse_cases():
    samples = [b'12', b' -7 ', b'0x1f', b'1_0', b'1__0', b'\xa012', b'12\x00', b'\xff', b'', b'z' * 250,
               b'1.5', b'nan', b'\xa01.5', b'1e5', b"it's", b'\t3.25\n', b'0b102']
    for data in samples:
        for b in (10, 0, 16):
            emit("int_parse_bytes", run(lambda: str(int(data, b))), data=data.decode('latin-1'), base=b)
            emit("int_parse_bytes", run(lambda: str(int(bytearray(data), b))), data=data.decode('latin-1'), base=b)
        emit("float_parse_bytes", run(lambda: repr(float(data))), data=data.decode('latin-1'))




STR_FORMAT_TEMPLATES = [
    '', 'plain', '{}', '{} {}', '{0} {1} {0}', '{1}', '{2}', '{a}', '{a} {b!r}', '{0!r:>10}', '{!s:^9}', '{!a}',
    '{:{}}', '{:{}.{}f}', '{0:{1}}', '{0:{1:{2}}}', '{:>{w}}', '{{}}', '{{{}}}', '}}{{', '{', '}', 'a}b', 'a{b',
    '{0', '{0!', '{0!r', '{0!rx}', '{0!x}', '{0!\u00e9}', '{!}', '{0:', '{0:{', '{0[}', '{0[0]}', '{0[1]}',
    '{0[5]}', '{0[-1]}', '{0[a]}', '{0.real}', '{0.imag:.1f}', '{0.nope}', '{0.}', '{0[]}', '{0[0]x}', '{0[0].real}',
    '{0[0][0]}', '{a[k]}', '{a[0]}', '{\u0661}', '{0}{}', '{}{0}', '{:d}', '{:x} {:o}', '{!r:}', '{0:}', '{0:{{}}}',
    '{0:s}', '{a.b}', '{a[}', '{ab{}', '{0:%}', '{0:,}', '{0:_x}', '{99999999999999999999}', '{0:.{1}}',
    '{0[{1}]}', '{0[}]}', '{0[]]}', '{:{:{}}}', '\U0001F600{}\U0001F600', '{0!s:{1}}', '{k}', '{0:\u00e9^9}',
]
STR_FORMAT_ARGS = [
    ((), {}),
    ((5, 'xy', 2.5), {'a': 1, 'b': 'q', 'w': 8}),
    (([1, (2, 3)], 7, 3), {'a': {'k': 'v'}, 'k': None}),
    ((1 + 2j, 'abc'), {'a': [4]}),
    (('\u00e9', 12345.678), {}),
]


def str_format_cases():
    for template in STR_FORMAT_TEMPLATES:
        for args, kwargs in STR_FORMAT_ARGS:
            emit("str_format_call", run(lambda: template.format(*args, **kwargs)), template=template,
                 args=encode(args), kwargs=encode(kwargs))
        emit("str_format_map", run(lambda: template.format_map({'a': 1, 'w': 5, 'b': 'x'})), template=template,
             kwargs=encode({'a': 1, 'w': 5, 'b': 'x'}))
        import _string

        def parser():
            return repr(list(_string.formatter_parser(template)))

        emit("formatter_parser", run(parser), template=template)
    for name in ['', 'a', '0', '12', 'a.b', 'a[0]', 'a[b].c[12]', 'a.', 'a[', 'a[]', 'a]b', 'a[0]x', '\u0661\u0662',
                 '99999999999999999999', 'a..b', '0.real[3]', '[0]', '.x', 'a[x.y]', 'a[[]']:
        import _string

        def split():
            first, rest = _string.formatter_field_name_split(name)
            return repr((first, list(rest)))

        emit("field_name_split", run(split), name=name)




def complex_parse_cases():
    samples = ['1__2j', '1_2j', '_1j', '(1+2j', '1e+j', '+j', 'j', '-J', '1+j', '1-j', ' ( 1.5-2.5e3J ) ', '()',
               'nanj', '-infj+1', 'inf+nanj', '1e5e5j', '1.e', '1jj', '\u0661j', '1+2j\x00', '  ', '', '1', '-2.5',
               '3j', '1+2j', '1-2J', '(3)', '( -j )', '.5j', '5.j', '.j', '1e3+1e-3j', '-1E+3-1E-3J', 'infinityj',
               '-Infinity+InfJ', '1+infj', '(1+2j))', '((1+2j))', '1 + 2j', '1+ 2j', '\t1+2j\n', '1.5e', '1.5e+',
               '+1.5e+3j', '0x1j', '1e999+1e999j', '-0-0j', '(-0.0+0.0j)', '1+2', '1j+2', 'j1', '+-1j', '1++1j',
               '1e1_0j', '1_0.5_5j', '\u00a01+1j\u2003']
    for s in samples:
        def show():
            z = complex(s)
            return f"{z.real!r} {z.imag!r} {math.copysign(1.0, z.real)!r} {math.copysign(1.0, z.imag)!r}"
        emit("complex_parse", run(show), s=s)




def encode_bytes_arg(v):
    if isinstance(v, bytes):
        return {"t": "bytes", "v": v.decode('latin-1')}
    if isinstance(v, bytearray):
        return {"t": "bytearray", "v": bytes(v).decode('latin-1')}
    if isinstance(v, tuple):
        return {"t": "tuple", "v": [encode_bytes_arg(x) for x in v]}
    if isinstance(v, dict):
        return {"t": "dict", "bytes_keys": True,
                "v": [[k.decode('latin-1'), encode_bytes_arg(x)] for k, x in v.items()]}
    return encode(v)


def bytes_percent_cases():
    values = [42, -42, 255, 3.75, -0.0, b'abc', bytearray(b'xy'), 'str', None, 65, 256, -1, b'Z', 2**2000, True]
    for conv in 'diuoxXeEfFgGcrsab':
        for flags, width in [('', ''), ('#', ''), ('0', '5'), ('-', '6'), ('+', '.3'), ('z', '.1'), ('+0z', '8.2'),
                             (' ', '.0'), ('#0', '9')]:
            fmt = ('%' + flags + width + conv).encode()
            for v in values:
                emit("bytes_percent", run(lambda: (fmt % (v,)).decode('latin-1')), fmt=fmt.decode('latin-1'),
                     args=encode_bytes_arg((v,)))
    specials = [(b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'abc', 5), (b'%(k)s', {b'k': b'v'}),
                (b'%(k)s', {b'j': b'v'}), (b'%y', (1,)), (b'%', ()), (b'%.99999999999f', (1.0,)), (b'%*d', (4, 7)),
                (b'%-*.*f|', (9, 2, 2.5)), (b'\xff%s\x00', (b'\xfe',)), (b'%c%c', (b'\xff', 0)), (b'%c', (b'ab',)),
                (b'%%%d%%', (5,)), (b'%5c|%-3c|', (65, b'B')), (b'%.1c', (65,)), (b'%3.0c|', (65,)), (b'%i', ('x',)),
                (b'%u', ('x',)), (b'%x', (2.5,)), (b'%a', ('\u00e9',)), (b'%r', ('\U0001F600',)), (b'%.2a', ('abc',)),
                (b'%(k)s', (1,)), (b'%z.1f', (-0.04,)), (b'%s', (memoryview(b'x'),))[:0] or (b'%s', ())]
    for fmt, args in specials:
        emit("bytes_percent", run(lambda: (fmt % args).decode('latin-1')), fmt=fmt.decode('latin-1'),
             args=encode_bytes_arg(args))




def random_cases():
    """Random short specs and templates over the characters that matter: every parse path and error."""
    rng = random.Random(4242)
    spec_alphabet = '<>=^+- z#0123456789,_.eEfFgGn%dbxXocs*\u00e9'
    for _ in range(1500):
        spec = ''.join(rng.choice(spec_alphabet) for _ in range(rng.randint(1, 7)))
        x = rng.choice([0.0, -0.0, 1.5, -1234.5678, 1e20, 5e-324, float('nan'), float('-inf'), 0.125])
        emit("float_format", run(lambda: format(x, spec)), x=bits(x), spec=spec)
        n = rng.choice([0, 7, -42, 123456789, -2**70, 65])
        emit("int_format", run(lambda: format(n, spec)), n=str(n), spec=spec)
        s = rng.choice(['', 'ab', 'caf\u00e9'])
        emit("str_format", run(lambda: format(s, spec)), s=s, spec=spec)
        c = rng.choice([1 + 2j, -0.5j, complex(1e300, -2)])
        emit("complex_format", run(lambda: format(c, spec)), re=bits(c.real), im=bits(c.imag), spec=spec)
    percent_alphabet = '%%%%-+ #0123456789.*()kdisrxXcfega lhz'
    for _ in range(1500):
        fmt = ''.join(rng.choice(percent_alphabet) for _ in range(rng.randint(1, 8)))
        args = rng.choice([(1, 2.5, 'x'), (3,), {'k': 7}, ('s', 5, -1.5, 9), 5, ()])
        emit("percent", run(lambda: fmt % args), fmt=fmt, args=encode(args))
        bfmt = fmt.encode()
        bargs = rng.choice([(1, 2.5, b'x'), (3,), {b'k': 7}, (b's', 5, -1.5, 9), 5, ()])
        emit("bytes_percent", run(lambda: (bfmt % bargs).decode('latin-1')), fmt=fmt, args=encode_bytes_arg(bargs))
    template_alphabet = '{{{}}}}0123!rsa:>.[]ab_x'
    for _ in range(1500):
        template = ''.join(rng.choice(template_alphabet) for _ in range(rng.randint(1, 9)))
        args, kwargs = rng.choice(STR_FORMAT_ARGS)
        emit("str_format_call", run(lambda: template.format(*args, **kwargs)), template=template,
             args=encode(args), kwargs=encode(kwargs))


if __name__ == "__main__":
    sys.set_int_max_str_digits(4300)
    main()
