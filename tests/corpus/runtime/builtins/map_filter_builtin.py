# map() and filter(): multiple iterables, builtin functions as callables, lazy evaluation order, types.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
def f(x):
    log.append(x)
    return x * 10
m = map(f, [1, 2, 3])
print(log, next(m), log, list(m), log)
t('multi', lambda: list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200, 300])))
t('builtins', lambda: (list(map(len, ['a', 'bb'])), list(map(str.upper, 'ab')), list(map(int, '123')), list(map(divmod, [7, 8], [2, 3]))))
t('filter func', lambda: list(filter(lambda x: x > 1, [0, 1, 2, 3])))
t('filter none', lambda: list(filter(None, ['', 'a', 0, 1])))
t('filter bool', lambda: list(filter(bool, [[], [1]])))
t('filter raises', lambda: list(filter(lambda x: 1 / x, [1, 0])))
t('types', lambda: (type(map(len, [])).__name__, type(filter(None, [])).__name__))
t('map of map', lambda: list(map(str, map(abs, [-1, -2]))))
