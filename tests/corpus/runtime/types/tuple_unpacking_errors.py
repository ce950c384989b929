# unpacking errors: exact messages for too many/too few values with tuples, lists, strings, dicts, generators.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def two(v):
    a, b = v
    return a, b
def three_star(v):
    a, b, *c, d = v
    return a, b, c, d
for v in [(1,), (1, 2, 3), [1], 'abc', 'a', {'k': 1}, {1, 2, 3}, range(5), iter([1]), (x for x in range(4)), b'xyz', 5, None]:
    t('two ' + type(v).__name__, lambda: two(v))
for v in [(1, 2), (1, 2, 3), 'abcdef', [], range(3)]:
    t('three_star ' + repr(v), lambda: three_star(v))
