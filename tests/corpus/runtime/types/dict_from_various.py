# dict() from various inputs: generators of pairs, zip, dict views, strings of length 2, mappings, kwargs combination order.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(dict((k, v) for k, v in [('a', 1)]), dict(zip('xy', (1, 2))), dict({'a': 1}.items()), dict(['ab', 'cd']), dict([[1, 2]]))
print(dict({'a': 1}, a=2, b=3), dict([('a', 1), ('a', 2)]), dict(iter([('k', 'v')])))
t('str of len 3', lambda: dict(['abc']))
t('pairs with list', lambda: dict([['x', [1]]]))
t('set of pairs', lambda: sorted(dict({('a', 1), ('b', 2)}).items()))
t('from keys view', lambda: dict({'a': 1}.keys()))
