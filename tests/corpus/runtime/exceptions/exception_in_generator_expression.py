# exceptions raised inside generator expressions and comprehensions: propagation, traceback-free messages, partially built results discarded.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def bad(x):
    if x == 3:
        raise ValueError('three')
    return x
out = None
try:
    out = [bad(x) for x in range(5)]
except ValueError as e:
    print('listcomp', e, out)
g = (bad(x) for x in range(5))
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError as e:
    print('genexp', e)
print(next(g, 'exhausted after error'))
try:
    {x: bad(x) for x in range(5)}
except ValueError as e:
    print('dictcomp', e)
try:
    sum(bad(x) for x in range(5))
except ValueError as e:
    print('sum over genexp', e)
