# zip(): any number of iterables, shortest wins, strict mode messages for each position, zip objects and iterators.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('three', lambda: list(zip('abc', range(3), [True, False, None])))
t('shortest', lambda: list(zip('abcd', 'xy')))
t('one', lambda: list(zip([1, 2])))
t('none', lambda: list(zip()))
t('dicts', lambda: list(zip({'a': 1}, {'b': 2}.values())))
t('strict equal', lambda: list(zip('ab', [1, 2], strict=True)))
t('strict 1 shorter', lambda: list(zip('a', [1, 2], strict=True)))
t('strict 2 shorter', lambda: list(zip('ab', [1], strict=True)))
t('strict 3 longer', lambda: list(zip('ab', [1, 2], 'xyz', strict=True)))
t('strict false', lambda: list(zip('ab', [1], strict=False)))
t('strict non bool', lambda: list(zip('a', 'b', strict=1)))
t('dict from zip', lambda: dict(zip('abc', range(3))))
t('transpose', lambda: list(zip(*[[1, 2, 3], [4, 5, 6]])))
t('generator', lambda: list(zip((i for i in range(3)), 'ab')))
