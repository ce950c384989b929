# str(): objects, bytes with encoding and errors, repr() escaping, ascii().
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('plain', lambda: [str(x) for x in (1, 1.5, None, True, [1, 'a'], (1,), {'a': 1}, {1}, b'x', str)])
t('empty', lambda: str())
t('bytes enc', lambda: str(b'caf\xc3\xa9', 'utf-8'))
t('bytes bad', lambda: str(b'\xff', 'utf-8'))
t('bytes replace', lambda: str(b'a\xffb', 'utf-8', 'replace'))
t('bytes ignore', lambda: str(b'a\xffb', errors='ignore'))
t('bytes latin1', lambda: str(b'\xe9', 'latin-1'))
t('bytes ascii', lambda: str(b'\xe9', 'ascii'))
t('unknown enc', lambda: str(b'x', 'no-such-codec'))
t('str with enc', lambda: str('x', 'utf-8'))
t('object kw', lambda: str(object='x'))
for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\tnl\ncr\r', '\x00\x07\x1b\x7f', 'é ß 中', '\u200b\u2028', '\ud800', '\U0001f600', '\\']:
    print(repr(s), ascii(s), len(repr(s)))
class S:
    def __str__(self):
        return 'S!'
    def __repr__(self):
        return 'R!'
class Bad:
    def __str__(self):
        return 1
t('custom', lambda: (str(S()), repr(S()), '%s %r' % (S(), S()), f'{S()} {S()!r} {S()!s}', [S()]))
t('bad __str__', lambda: str(Bad()))
class Sub(str):
    pass
t('subclass', lambda: (type(str(Sub('x'))), type(Sub('x') + 'y'), Sub('ab').upper(), type(Sub('ab')[0])))
