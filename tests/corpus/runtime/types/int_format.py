# int: str/repr, bin/oct/hex, and the format mini-language for integers.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

for v in [0, 5, -5, 255, -255, 123456789, 2**70]:
    print(repr(v), str(v), bin(v), oct(v), hex(v))
specs = ['', 'd', '5d', '<5d', '>5d', '^7d', '+d', ' d', '-d', '05d', '_d', ',d', 'x', 'X', '#x', '#X', 'o', '#o',
         'b', '#b', '#010b', '_b', '_x', 'c', 'n', 'e', '.2f', '%', '.3g', '=+8d', '*^9', '0=8']
for spec in specs:
    t(spec, lambda: [format(v, spec) for v in (0, 42, -42, 1234567)])
t('bad spec', lambda: format(1, 's'))
t('bad precision', lambda: format(1, '.2d'))
t('c range', lambda: format(0x110000, 'c'))
t('comma x', lambda: format(1, ',x'))
t('sign c', lambda: format(65, '+c'))
t('fstring', lambda: f'{255:#06x}|{-3:+}|{1000000:,}|{12:>{5}}')
t('percent', lambda: '%d %i %5d %-5d| %05d %x %X %#x %o %#o %+d % d' % (1, 2, 3, 4, 5, 255, 255, 255, 8, 8, 9, 9))
t('percent big', lambda: '%d' % 10**25)
t('percent float to d', lambda: '%d' % 3.7)
t('percent str to d', lambda: '%d' % '3')
t('percent c', lambda: '%c%c' % (65, 'b'))
