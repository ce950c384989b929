# tuple equality and hashing across numeric types: (1, 2.0) == (1.0, 2), hashes equal, ordering with mixed ints/floats.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

pairs = [((1, 2.0), (1.0, 2)), ((True, 0), (1, False)), ((1 + 0j,), (1,)), ((0.5, 'a'), (0.5, 'a')), (((1, 2),), ((1.0, 2.0),))]
for a, b in pairs:
    print(a, b, a == b, hash(a) == hash(b))
print(sorted([(1, 2.5), (1, 2), (0.5, 9), (1.0, 2.25)]), max([(2, 'b'), (2, 'a')]), (1, 2) < (1, 2.0001))
print({(1, 2): 'x'}[(1.0, 2.0)], (1, [2]) == (1, [2]), (float('nan'),) == (float('nan'),))
n = float('nan')
print((n,) == (n,), [n] == [n], {n: 1} == {n: 1})
