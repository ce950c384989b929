# str: center, ljust, rjust, zfill, expandtabs, with fill characters and errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for s in ['', 'a', 'abc', '-12', '+7', 'héllo']:
    print(repr(s), repr(s.center(7)), repr(s.center(8, '*')), repr(s.ljust(6, '.')), repr(s.rjust(6)), repr(s.zfill(6)), repr(s.center(2)))
t('fill too long', lambda: 'a'.center(5, '**'))
t('fill empty', lambda: 'a'.ljust(5, ''))
t('negative width', lambda: 'abc'.rjust(-5))
t('width float', lambda: 'abc'.rjust(5.0))
t('zfill sign', lambda: ['-1'.zfill(5), '+'.zfill(3), '--1'.zfill(5), 'a'.zfill(0)])
t('expandtabs', lambda: ['a\tb\tc'.expandtabs(), 'a\tbc\td'.expandtabs(4), '\t'.expandtabs(0), 'ab\ncd\te'.expandtabs(3), 'x\ty'.expandtabs(tabsize=1)])
t('expandtabs neg', lambda: 'a\tb'.expandtabs(-1))
