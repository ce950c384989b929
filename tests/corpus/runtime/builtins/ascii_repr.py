# ascii() and repr(): escaping of non-ASCII, control characters, containers, custom __repr__ returning non-ASCII and errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for v in ['abc', 'é', '中', '\U0001f600', '\x00\x1f\x7f\x80\xff', '\u2028', "'", '"', '\'"', '\\', b'\xe9', ['é', ('ü',)], {'ключ': 'значение'}]:
    print(repr(v), ascii(v))
class R:
    def __repr__(self):
        return 'R(é)'
class Bad:
    def __repr__(self):
        return 42
class Raise:
    def __repr__(self):
        raise RuntimeError('repr failed')
t('custom', lambda: (repr(R()), ascii(R()), str([R()]), ascii([R()])))
t('bad', lambda: repr(Bad()))
t('bad in list', lambda: repr([Bad()]))
t('raise', lambda: repr(Raise()))
t('raise in dict', lambda: repr({1: Raise()}))
t('ascii none', lambda: ascii(None))
t('repr args', lambda: repr())
