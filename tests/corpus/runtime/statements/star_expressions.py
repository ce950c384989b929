# starred expressions: in calls, list/tuple/set/dict displays, return values, for targets.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b, 1}, {**{'x': 1}, **{'y': 2}}, [*'abc', *range(2)], (*a,))
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 0, *b, k=1, **{'j': 2}))
def ret():
    return *a, 'end'
print(ret())
for first, *others in [(1, 2, 3), 'xyz']:
    print(first, others)
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
t('star non iterable', lambda: [*5])
t('dstar non mapping', lambda: {**5})
t('star dict keys', lambda: [*{'a': 1, 'b': 2}])
t('star gen', lambda: (*(i for i in range(3)),))
t('star set', lambda: sorted([*{3, 1, 2}]))
x = *a, *b
print(x)
