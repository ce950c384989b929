# str.format: positional/keyword/auto fields, attribute and index lookup, conversions, nesting, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class P:
    x = 3
    def __format__(self, spec):
        return 'P<' + spec + '>'
t('auto', lambda: '{} {} {}'.format(1, 'a', None))
t('numbered', lambda: '{1} {0} {1}'.format('a', 'b'))
t('kw', lambda: '{name}={value!r}'.format(name='x', value='y'))
t('attr', lambda: '{0.x} {0.__class__.__name__}'.format(P()))
t('index', lambda: '{0[1]} {0[a]} {1[0][1]}'.format({1: 'one', 'a': 'A'}, [[5, 6]]))
t('conv', lambda: '{0!s} {0!r} {0!a}'.format('é'))
t('custom format', lambda: '{0:abc} {0} {0:{1}}'.format(P(), 'zz'))
t('nested', lambda: '{0:{1}{2}}'.format(42, '>', 8))
t('braces', lambda: '{{}} {{{0}}}'.format(5))
t('spec', lambda: '{:>8.3f}|{:<6}|{:^7}|{:+d}|{:x}'.format(3.14159, 'ab', 'mid', 5, 255))
t('mix auto manual', lambda: '{} {0}'.format(1, 2))
t('missing index', lambda: '{2}'.format(1))
t('missing kw', lambda: '{x}'.format(y=1))
t('unmatched', lambda: '{'.format())
t('unmatched close', lambda: '}'.format())
t('bad conv', lambda: '{0!x}'.format(1))
t('empty attr', lambda: '{0.}'.format(1))
t('bad spec', lambda: '{:d}'.format('s'))
t('format_map', lambda: '{a}-{b}'.format_map({'a': 1, 'b': 2}))
class Default(dict):
    def __missing__(self, k):
        return '<' + k + '>'
t('format_map missing', lambda: '{a}-{b}'.format_map(Default(a=1)))
t('deep nesting', lambda: '{:{}{}}'.format(1, 2, 3))
t('too deep', lambda: '{:{:{}}}'.format(1, 2, 3))
t('str spec', lambda: ['{:s}'.format('x'), '{:.2}'.format('abcd'), '{:*^9.3}'.format('abcdef'), '{:=5}'.format('a') if False else 0])
t('str eq align', lambda: '{:=5}'.format('a'))
t('int neg index', lambda: '{0[-1]}'.format([1, 2]))
