# iterator objects of enumerate/zip/reversed/map/filter: iter() identity, next after exhaustion, len() errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

objs = [enumerate('ab'), zip('ab', 'cd'), reversed([1, 2]), map(str, [1]), filter(None, [0, 1]), reversed(range(2)), reversed('xy')]
for o in objs:
    name = type(o).__name__
    print(name, iter(o) is o, list(o), next(o, 'exhausted'))
    try:
        len(o)
    except TypeError as e:
        print(' ', e)
