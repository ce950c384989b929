# dict comprehensions and displays: duplicate keys, evaluation order, nested, unpacking with **.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print({k: v for k, v in zip('abc', range(3))}, {x % 3: x for x in range(10)}, {(i, j): i * j for i in range(2) for j in range(2)})
order = []
def k(x):
    order.append('k%d' % x)
    return x
def v(x):
    order.append('v%d' % x)
    return x
d = {k(1): v(1), k(2): v(2)}
c = {k(i): v(i) for i in range(3, 5)}
print(d, c, order)
print({**{'a': 1}, 'b': 2, **{'a': 3}}, {'a': 1, 'a': 2}, {1: 'a', True: 'b', 1.0: 'c'})
t('unpack non mapping', lambda: {**[1]})
t('unhashable', lambda: {x: 1 for x in [[1]]})
t('nested', lambda: {a: {b: a + b for b in 'xy'} for a in 'pq'})
t('cond', lambda: {n: n * n for n in range(10) if n % 3 == 0})
t('dict order after delete', lambda: (lambda x: (x.pop('b'), x.__setitem__('e', 5), list(x.items())))({'a': 1, 'b': 2, 'c': 3}))
