# str: small methods one by one with edge arguments (count, find with negative indexes, slicing with steps on non-ASCII).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

s = 'añb中c\U0001f600d'
print(len(s), s[1], s[3], s[5], s[-1], s[::-1], s[1::2], s.find('中'), s.index('\U0001f600'), s.count(''), s.encode('utf-8'))
print([s[i] for i in range(len(s))], list(s[2:5]), s.upper(), s.isalpha(), s.isprintable())
t('ord each', lambda: [ord(c) for c in s])
t('chr back', lambda: ''.join(chr(ord(c)) for c in s) == s)
t('rfind', lambda: ('abcabc'.rfind('abc', 1), 'abcabc'.rfind('abc', 0, 5), 'abc'.rfind('')))
t('mixed width concat', lambda: ('a' + '中' + '\U0001f600').encode('utf-16-le'))
t('compare non ascii', lambda: sorted(['ü', 'u', 'z', '中', '\U0001f600', 'A']))
t('strip unicode', lambda: '\u2000x\u3000'.strip())
t('title unicode', lambda: 'ǆemal ŉ ﬂow'.title())
t('upper expands', lambda: ('ß'.upper(), 'ŉ'.upper(), 'ﬃ'.upper(), len('ﬃ'.upper())))
t('lower sigma', lambda: ('ΑΣ'.lower(), 'ΑΣ Β'.lower(), 'Σ'.lower()))
t('casefold', lambda: ('Straße'.casefold(), 'ﬁ'.casefold(), 'ΣΑΣ'.casefold()))
t('isdecimal etc', lambda: [(c, c.isdecimal(), c.isdigit(), c.isnumeric()) for c in '5٥²½ⅷ〇'])
t('isidentifier', lambda: [w.isidentifier() for w in ['a', '_', '1a', 'é', 'a b', '', 'class', '℘', '·a', 'a·']])
t('zfill unicode', lambda: '中'.zfill(4))
