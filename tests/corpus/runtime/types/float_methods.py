# float methods: as_integer_ratio, is_integer, hex, fromhex, conjugate, real/imag, __round__, __trunc__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

for v in [0.0, -0.0, 0.5, -1.25, 0.1, 3.0, 1e300, 5e-324, 1e16]:
    print(repr(v), v.as_integer_ratio(), v.is_integer(), v.hex(), v.conjugate(), v.real, v.imag)
t('ratio inf', lambda: float('inf').as_integer_ratio())
t('ratio nan', lambda: float('nan').as_integer_ratio())
t('is_integer inf', lambda: float('inf').is_integer())
t('hex special', lambda: [float(x).hex() for x in ('inf', '-inf', 'nan')])
for s in ['0x1p0', '0x1.8p1', '-0x1.fffffffffffffp+1023', '0x.8', '0X1P-1074', 'inf', '-Infinity', 'nan', '  0x10  ', '0x1p-1075', '1']:
    t('fromhex ' + s, lambda: float.fromhex(s))
t('fromhex overflow', lambda: float.fromhex('0x1p1024'))
t('fromhex bad', lambda: float.fromhex('0xg'))
t('fromhex empty', lambda: float.fromhex(''))
t('trunc', lambda: [(-2.5).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__floor__(), (-2.5).__ceil__()])
t('floor inf', lambda: float('inf').__floor__())
t('trunc nan', lambda: float('nan').__trunc__())
t('getformat', lambda: float.__getformat__('double'))
t('hash', lambda: [hash(x) for x in (0.0, -0.0, 0.5, 1.0, -1.5, 1e100, 2.0**61, float('inf'), float('-inf'), 3.14)])
t('hash int eq', lambda: hash(2.0) == hash(2) and hash(2**70 + 0.0) == hash(2**70))
