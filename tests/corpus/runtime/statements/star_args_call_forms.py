# call forms: f(*a, *b, **c, **d), keyword after *args, positional after keyword unpacking, duplicates across unpackings.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def f(*args, **kwargs):
    return args, kwargs
print(f(*[1], *(2, 3), **{'a': 1}, **{'b': 2}))
print(f(1, *[2], 3, *[4], k=5, **{'z': 6}))
print(f(*[], **{}), f(*'ab', **dict(x=1)), f(*range(3), *{7: 0}))
print(f(a=1, *[2]))
t('duplicate across dicts', lambda: f(**{'a': 1}, **{'a': 2}))
t('duplicate kw and dict', lambda: f(a=1, **{'a': 2}))
def g(a, b):
    return a, b
t('too many from star', lambda: g(*[1, 2, 3]))
t('kw and star collide', lambda: g(*[1, 2], b=3))
print(g(*[1], b=2), g(**{'b': 2, 'a': 1}))
