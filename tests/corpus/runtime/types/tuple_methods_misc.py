# tuple: count/index with ranges, hash stability, comparisons with nested tuples, tuple() of iterators, concatenation identity.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

tp = (1, 2, 3, 2, 1, 2)
print(tp.count(2), tp.index(2), tp.index(2, 2), tp.index(2, -3), tp.index(1, 1, 5))
t('index not in range', lambda: tp.index(3, 4))
print(tuple(iter([1, 2])), tuple({'b': 1, 'a': 2}), tuple(x * 2 for x in range(3)), tuple('ab') + ('c',))
a = (1, 2)
print(a + () is a or a + () == a, () + a == a, a * 1 == a, (a,) * 2, ((1, (2, 3)), 4) < ((1, (2, 4)), 0))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]), max([(1, 2), (1, 2, 0)]), min([(), (0,)]))
