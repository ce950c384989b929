# max/min with generators, key returning mixed types, default with key, iterators consumed, equal elements identity.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a, b = [1], [1]
print(max(a, b) is a, min(a, b) is a, max([b, a]) is b)
t('gen', lambda: (max(i % 5 for i in range(12)), min((c for c in 'kaa'), key=ord)))
t('key mixed', lambda: max([1, 'a'], key=lambda x: str(x)))
t('key bad', lambda: max([1, 'a'], key=lambda x: x))
t('default key', lambda: max([], key=len, default='d'))
t('single arg not iterable', lambda: min(3))
t('strings', lambda: (max('apple', 'Apple', 'APPLE'), min(['b', 'a', 'c'])))
t('nan first', lambda: max([float('nan'), 1, 2]))
t('nan later', lambda: max([1, float('nan'), 2]))
t('dict', lambda: (max({'x': 1, 'y': 0}), max({'x': 1, 'y': 0}, key={'x': 1, 'y': 0}.get)))
