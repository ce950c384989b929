# chr() and ord(): ranges, surrogates, astral characters, errors with exact messages.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('chr', lambda: [chr(x) for x in (0, 65, 97, 0xe9, 0x4e2d, 0x1f600, 0x10ffff)])
t('chr surrogate', lambda: ascii(chr(0xd800)))
t('chr neg', lambda: chr(-1))
t('chr big', lambda: chr(0x110000))
t('chr huge', lambda: chr(2**100))
t('chr float', lambda: chr(65.0))
t('chr str', lambda: chr('A'))
class I:
    def __index__(self):
        return 66
t('chr index', lambda: chr(I()))
t('ord', lambda: [ord(c) for c in ('\x00', 'A', 'é', '中', '\U0001f600', '\udfff')])
t('ord bytes', lambda: (ord(b'A'), ord(bytearray(b'\xff'))))
t('ord empty', lambda: ord(''))
t('ord two', lambda: ord('ab'))
t('ord bytes two', lambda: ord(b'ab'))
t('ord int', lambda: ord(65))
t('roundtrip', lambda: all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
