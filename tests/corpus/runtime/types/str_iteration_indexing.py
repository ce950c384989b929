# str indexing and slicing by code point with astral characters, negative steps, and the errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

s = 'a\U0001f600b\u00e9c\u4e2d'
print(len(s), [c for c in s], s[1] == '\U0001f600', s[::-1], s[1:3], s[-2:], s[::2], ascii(s))
print([ord(c) for c in s[::-1]], s.find('b'), s.index('\u4e2d'), s.count('\U0001f600'), s.encode('utf-16-le').__len__())
t('index out', lambda: s[6])
t('slice with None', lambda: s[None:None:None])
t('slice bool', lambda: s[True:])
t('negative huge', lambda: s[-10**20:10**20])
