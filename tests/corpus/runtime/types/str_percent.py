# str % formatting: every conversion, flags, width/precision from *, mapping keys, and errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('s r a', lambda: '%s|%r|%a' % ('é', 'é', 'é'))
t('width', lambda: '[%5s][%-5s][%.2s][%5.1s]' % ('abc', 'abc', 'abc', 'abc'))
t('star', lambda: '[%*d][%-*d][%.*f]' % (5, 1, 5, 2, 2, 3.14159))
t('mapping', lambda: '%(a)s-%(b)05.1f-%(a)r' % {'a': 'x', 'b': 2.25})
t('percent', lambda: '100%% %s' % 'done')
t('tuple arg', lambda: '%s' % ((1, 2),))
t('tuple spread', lambda: '%s %s' % (1, 2))
t('not enough', lambda: '%s %s' % (1,))
t('too many', lambda: '%s' % (1, 2))
t('dict needed', lambda: '%(a)s' % 5)
t('missing key', lambda: '%(a)s' % {})
t('bad char', lambda: '%y' % 1)
t('incomplete', lambda: 'abc %' % ())
t('number needed', lambda: '%d' % 'x')
t('x float', lambda: '%x' % 1.5)
t('c wrong', lambda: '%c' % 'ab')
t('c big', lambda: '%c' % 0x110000)
t('list arg', lambda: '%s' % [1, 2])
t('dict arg no fmt', lambda: 'x' % {'a': 1})
t('list arg no fmt', lambda: 'x' % [1])
t('str arg no fmt', lambda: 'x' % 'y')
t('flags', lambda: '%-8.3e|%+08.2f|% d|%#o|%#x|%#X|%05s' % (12345.678, -1.5, 5, 8, 255, 255, 'ab'))
t('g', lambda: '%g %g %g %G %.2g %#g' % (0.0001, 1e-5, 123456789.0, 1e20, 1234.5, 1.0))
t('int types', lambda: '%d %d %i %u' % (True, 3.9, -2.5, 7))
t('big', lambda: '%x %o %d' % (2**80, 2**80, -2**80))
class Idx:
    def __index__(self):
        return 10
class Intish:
    def __int__(self):
        return 5
t('index obj x', lambda: '%x %d' % (Idx(), Idx()))
t('int obj x', lambda: '%x' % Intish())
t('unicode width', lambda: '%3s|' % '中')
