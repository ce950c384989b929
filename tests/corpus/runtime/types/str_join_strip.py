# str: join, strip/lstrip/rstrip with chars, removeprefix/removesuffix.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('join', lambda: ','.join(['a', 'b', 'c']))
t('join empty', lambda: ','.join([]))
t('join gen', lambda: '-'.join(str(i) for i in range(5)))
t('join str', lambda: '.'.join('abc'))
t('join int', lambda: ','.join(['a', 1]))
t('join bytes', lambda: ','.join([b'a']))
t('join dict', lambda: '+'.join({'x': 1, 'y': 2}))
for s in ['  hi  ', 'xxhixx', '\t\n hi \x0b', '', 'hi', '\u3000hi\u3000']:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('x')), repr(s.strip(' xh')))
t('strip none', lambda: ' a '.strip(None))
t('strip int', lambda: 'a'.strip(1))
t('removeprefix', lambda: ['prefix_x'.removeprefix('prefix_'), 'x'.removeprefix('y'), 'aa'.removeprefix(''), ''.removeprefix('a')])
t('removesuffix', lambda: ['x.py'.removesuffix('.py'), 'x.py'.removesuffix('.txt'), 'aa'.removesuffix('a')])
t('removeprefix type', lambda: 'a'.removeprefix(None))
