# float(): from strings (spellings, underscores, whitespace, unicode digits), numbers, and errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

for s in ['1', ' 1.5 ', '-2.5e3', '+.5', '5.', '1_000.5', '1e-400', '1e400', '-1e400', 'inf', '-INF', 'Infinity', '+infinity',
          'nan', '-NaN', '0x10', '1__0', '_1', '1e', '', 'abc', '\u0661.\u0665', '1.5j', '1,5', 'in f', '0e0', '00.100']:
    t(repr(s), lambda: float(s))
t('none', lambda: float())
t('int', lambda: float(10**20))
t('big int', lambda: float(10**400))
t('bool', lambda: float(True))
t('bytes', lambda: float(b'2.5'))
t('bytearray', lambda: float(bytearray(b'-3')))
t('list', lambda: float([1]))
t('none arg', lambda: float(None))
t('complex', lambda: float(1j))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return 'x'
t('dunder float', lambda: float(F()))
t('index', lambda: float(I()))
t('bad float', lambda: float(Bad()))
t('subclass', lambda: type(float.__new__(type('G', (float,), {}), 2)).__name__)
