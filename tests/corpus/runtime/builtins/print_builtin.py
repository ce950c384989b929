# print(): sep, end, file=sys.stderr, flush, None sep/end, non-string sep errors, objects str() conversion.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
print()
print(1, 'a', None, [1, 2], 2.5)
print(1, 2, 3, sep='-')
print(1, 2, sep='', end='|\n')
print('no newline', end='')
print(' continued')
print('x', 'y', sep=None, end=None)
print(*range(5), sep=', ')
print('to stderr', 'two', sep=':', file=sys.stderr)
print('flushed', flush=True)
print('file none', file=None)
t('bad sep', lambda: print(1, sep=5))
t('bad end', lambda: print(1, end=b'x'))
t('bad kw', lambda: print(1, foo=2))
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('a', 'b', sep='+', file=w)
print(w.parts)
t('file no write', lambda: print('x', file=5))
class S:
    def __str__(self):
        return 'str-of-S'
print(S(), [S()] == [S()], sep=' | ')
sys.stdout.write('direct write\n')
sys.stderr.write('direct stderr\n')
print('end of program')
