# int methods: bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, conjugate, real/imag.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

for v in [0, 1, -1, 255, 256, -256, 2**64, -(2**64) + 1, 10**25]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
t('to_bytes', lambda: (1024).to_bytes(2, 'big'))
t('to_bytes little', lambda: (1024).to_bytes(4, 'little'))
t('to_bytes default', lambda: (65).to_bytes())
t('to_bytes overflow', lambda: (1024).to_bytes(1, 'big'))
t('to_bytes neg', lambda: (-1).to_bytes(2, 'big'))
t('to_bytes signed', lambda: (-1).to_bytes(2, 'big', signed=True))
t('to_bytes signed overflow', lambda: (128).to_bytes(1, 'big', signed=True))
t('to_bytes bad order', lambda: (1).to_bytes(1, 'middle'))
t('to_bytes neg len', lambda: (1).to_bytes(-1, 'big'))
t('from_bytes', lambda: int.from_bytes(b'\x01\x00', 'big'))
t('from_bytes little', lambda: int.from_bytes(b'\x01\x00', 'little'))
t('from_bytes signed', lambda: int.from_bytes(b'\xff\xfe', 'big', signed=True))
t('from_bytes list', lambda: int.from_bytes([1, 2, 3], 'big'))
t('from_bytes empty', lambda: int.from_bytes(b'', 'big'))
t('from_bytes default', lambda: int.from_bytes(b'\x02'))
t('from_bytes bool', lambda: bool.from_bytes(b'\x01', 'big'))
t('from_bytes str', lambda: int.from_bytes('ab', 'big'))
t('index', lambda: (5).__index__())
t('round', lambda: [round(12345, n) for n in (-5, -4, -2, -1, 0, 1)])
t('round half even', lambda: [round(v, -1) for v in (5, 15, 25, -5, -15)])
t('trunc floor ceil', lambda: ((7).__trunc__(), (7).__floor__(), (7).__ceil__()))
t('sizeof type', lambda: type((7).__sizeof__()))
t('int hash', lambda: [hash(v) for v in (0, 1, -1, -2, 2**61 - 1, 2**61, 2**100, -2**100)])
