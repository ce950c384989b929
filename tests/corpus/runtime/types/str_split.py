# str: split, rsplit, splitlines, partition, rpartition with separators, maxsplit and errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for s in ['a,b,,c', '  a  b \t c\n', '', ',', 'abc', 'a, b, c', ' x ']:
    print(repr(s), s.split(), s.split(','), s.split(',', 1), s.rsplit(',', 1), s.split(None, 1), s.rsplit(None, 1), s.split(', '))
t('empty sep', lambda: 'abc'.split(''))
t('kw', lambda: 'a b c d'.split(sep=' ', maxsplit=2))
t('neg max', lambda: 'a b c'.split(' ', -1))
t('rsplit kw', lambda: 'a.b.c.d'.rsplit(maxsplit=1, sep='.'))
t('unicode ws', lambda: 'a\u2003b\x1cc\x85d'.split())
t('splitlines', lambda: 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines())
t('splitlines keep', lambda: 'a\n\nb\r\n'.splitlines(True))
t('splitlines kw', lambda: 'x\ny'.splitlines(keepends=True))
t('splitlines empty', lambda: ''.splitlines())
t('partition', lambda: ['a=b=c'.partition('='), 'abc'.partition('='), 'a=b=c'.rpartition('='), 'abc'.rpartition('=')])
t('partition empty', lambda: 'abc'.partition(''))
t('partition type', lambda: 'abc'.partition(1))
t('split type', lambda: 'abc'.split(1))
