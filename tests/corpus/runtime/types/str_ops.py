# str: concatenation, repetition, indexing, slicing, comparison, containment and their errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

s = 'abcdefghij'
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[8:2:-2], s[100:], s[-100:2], s[3:3])
t('index error', lambda: s[10])
t('neg index error', lambda: s[-11])
t('index type', lambda: s['a'])
t('index float', lambda: s[1.0])
t('slice step 0', lambda: s[::0])
t('big index', lambda: s[2**100])
t('concat', lambda: 'ab' + 'cd')
t('concat int', lambda: 'ab' + 1)
t('rconcat int', lambda: 1 + 'ab')
t('repeat', lambda: ('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, '' * 10))
t('repeat float', lambda: 'ab' * 1.5)
t('repeat huge', lambda: 'ab' * (2**62))
t('compare', lambda: ('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', 'B' < 'a', 'é' > 'z', '' < 'a', 'a' == 'a', 'a' != 'b'))
t('compare int', lambda: 'a' < 1)
t('contains', lambda: ('bc' in s, '' in s, 'x' not in s, 'ace' in s))
t('len', lambda: (len(s), len(''), len('héllo'), len('\U0001f600'), len('e\u0301')))
t('iter', lambda: list('héllo'))
t('immutable', lambda: s.__setitem__(0, 'x'))
def assign():
    s2 = 'abc'
    s2[0] = 'x'
t('item assign', assign)
t('hash', lambda: [hash(x) for x in ('', 'a', 'abc', 'héllo', '\U0001f600', 'a' * 100)])
t('mod bad', lambda: 'a' - 'b')
t('neg', lambda: -'a')
t('str of str', lambda: str('x') is not None)
