# max() and min(): iterables, multiple args, key, default, ties (first wins), errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('args', lambda: (max(3, 1, 2), min(3, 1, 2), max('abc'), min([5, 2, 8]), max(1, 2.5), min(-1, -1.0)))
t('key', lambda: (max(['a', 'bbb', 'cc'], key=len), min('Apple', 'banana', key=str.lower), max([(1, 'b'), (1, 'a')], key=lambda p: p[0])))
t('ties', lambda: (max([1, 1.0, True]), min([1.0, 1, True]), max('aA', key=str.lower)))
t('default', lambda: (max([], default=0), min((), default=None), max([5], default=0)))
t('empty', lambda: max([]))
t('empty min', lambda: min(''))
t('default with args', lambda: max(1, 2, default=0))
t('no args', lambda: max())
t('non iter', lambda: min(5))
t('mixed', lambda: max(1, 'a'))
t('key error', lambda: max([1, 2], key=lambda x: x / 0))
t('bad kw', lambda: min([1], foo=1))
t('key none', lambda: max([3, 1], key=None))
t('gen', lambda: max(x * x for x in range(-5, 3)))
t('sets', lambda: max({1, 2}, {3}))
