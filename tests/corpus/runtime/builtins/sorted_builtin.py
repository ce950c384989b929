# sorted(): any iterable, key and reverse keyword-only, stability, returns a new list, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('iterables', lambda: (sorted('bca'), sorted((3, 1)), sorted({2: 'x', 1: 'y'}), sorted({3, 1, 2}), sorted(range(5, 0, -1)), sorted(x for x in [2, 1])))
t('new list', lambda: (lambda l: sorted(l) is not l)([1]))
t('key reverse', lambda: sorted(['aa', 'b', 'ccc'], key=len, reverse=True))
t('positional key', lambda: sorted([1], len))
t('stable', lambda: sorted([('b', 1), ('a', 1), ('c', 0)], key=lambda p: p[1]))
t('mixed', lambda: sorted([1, None]))
t('dict items', lambda: sorted({'b': 2, 'a': 3}.items(), key=lambda kv: kv[1]))
t('empty', lambda: sorted([]))
t('none key', lambda: sorted([3, 1], key=None))
t('bools ints', lambda: sorted([True, 0, False, 2, -1]))
