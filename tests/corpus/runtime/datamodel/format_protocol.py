# __format__ protocol details: format() passes the spec, str.format conversion flags bypass __format__, nested specs evaluated first.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class F:
    def __format__(self, spec):
        log.append(spec)
        return '<' + spec + '>'
    def __str__(self):
        return 'F-str'
    def __repr__(self):
        return 'F-repr'
f = F()
print(format(f), format(f, 'x'), f'{f}', f'{f:>5}', f'{f!s}', f'{f!r}', f'{f!s:>8}', '{0:abc}'.format(f), '{0!r:^9}'.format(f))
w = 7
print(f'{f:{w}d}', '{0:{1}}'.format(f, 'nested'))
print(log)
class Sub(int):
    pass
print(format(Sub(5), 'x'), f'{Sub(255):#x}')
t('format returns non str', lambda: format(type('X', (), {'__format__': lambda s, spec: 1})()))
t('format bad spec type', lambda: format(f, 1))
