# exact messages of ValueErrors from builtins: conversions, unpacking, list.remove, str methods, chr/range arguments.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

cases = [
    ('int str', lambda: int('x')), ('int base', lambda: int('9', 8)), ('float str', lambda: float('x')), ('complex str', lambda: complex('x')),
    ('unpack many', lambda: exec('a, b = 1, 2, 3')), ('unpack few', lambda: exec('a, b, c = 1, 2')), ('list remove', lambda: [].remove(1)),
    ('str index', lambda: 'a'.index('b')), ('str split empty', lambda: 'a'.split('')), ('chr range', lambda: chr(-1)),
    ('range step', lambda: range(1, 2, 0)), ('int bytes', lambda: (256).to_bytes(1, 'big')), ('float fromhex', lambda: float.fromhex('x')),
    ('bytes fromhex', lambda: bytes.fromhex('0')), ('slice step', lambda: [][::0]), ('sorted neg', lambda: 'a'.center(-1) or [].index(0)),
    ('max empty', lambda: max([])), ('min empty', lambda: min([])), ('math domain free', lambda: (-1) ** 0.5 and int('')),
    ('memoryview cast', lambda: memoryview(b'abc').cast('I')), ('str format', lambda: '{0:d}'.format('a')), ('format spec', lambda: format(1, 'zz')),
    ('bytes large', lambda: bytes([256])), ('pow mod', lambda: pow(2, -1, 4)), ('zip strict', lambda: list(zip([1], [], strict=True))),
]
for label, fn in cases:
    t(label, fn)
