# starred assignment: exact errors for too few values with a starred target, and starred unpacking of various iterables.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def one_star_two_fixed(v):
    a, *b, c = v
    return a, b, c
for v in [[1], [], 'ab', 'a', range(2), (1, 2, 3, 4), iter([1]), {1: 2, 3: 4}]:
    t(type(v).__name__ + ' ' + str(len(list(v)) if not hasattr(v, '__next__') else 'it'), lambda: one_star_two_fixed(v))
def starts(v):
    *a, = v
    return a
print(starts('xyz'), starts(range(3)), starts({}))
