# dict keys of many hashable types: ints, floats, strings, bytes, tuples, frozensets, None, bools, types, functions; lookups.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def f():
    pass
keys = [0, 1, -1, 2**70, 1.5, -0.0, 'a', '', b'a', (1, 2), (), frozenset({1}), None, True, int, f, ..., 3 + 4j, range(2)]
d = {}
for i, k in enumerate(keys):
    d[k] = i
print(len(d), [d[k] for k in keys])
print(d[0.0], d[1.0], d[False], d[(1, 2)], d[frozenset([1])], d[range(0, 2)], d[complex(3, 4)])
t('nan key', lambda: (lambda n: {n: 1}[n])(float('nan')))
t('new nan', lambda: {float('nan'): 1}[float('nan')])
print(list(d)[:8])
