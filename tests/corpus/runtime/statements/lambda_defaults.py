# lambda and default arguments: defaults evaluated once, mutable default sharing, keyword-only and positional-only in lambdas.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

f = lambda x, y=2, *a, k=3, **kw: (x, y, a, k, kw)
print(f(1), f(1, 5, 6, 7, k=0, z=9))
g = lambda a, /, b, *, c: (a, b, c)
print(g(1, 2, c=3), g(1, b=2, c=3))
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
t('posonly as kw', lambda: g(a=1, b=2, c=3))
t('kwonly missing', lambda: g(1, 2))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to.__defaults__)
counter = [0]
def default_value():
    counter[0] += 1
    return counter[0]
def uses(v=default_value()):
    return v
print(uses(), uses(), counter)
print((lambda: (yield))().__class__.__name__)
print((lambda *args: args)(1, 2), (lambda **kw: kw)(a=1), (lambda: 'no args')())
adders = [lambda x, n=n: x + n for n in range(3)]
print([add(10) for add in adders])
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)), list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
print((lambda x: (lambda y: x + y))(10)(5))
