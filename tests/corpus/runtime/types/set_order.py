# set iteration order equals CPython for the same seed: ints, strings, mixed, after removals and resizes.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(list({3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}))
print(list({-1, -2, 2**40, 2**61, 2**61 - 1, 17, 33, 49}))
print(list(set('the quick brown fox jumps over the lazy dog')))
print(list({'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'}))
print(list({1.5, 2.5, 0.1, -7.25, 1e10}))
print(list({(1, 2), (2, 1), ('a',), (), (None,)}))
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
s.add(100)
s.add(-5)
print(list(s))
grow = set()
for i in range(0, 200, 7):
    grow.add(i * 13 % 101)
print(list(grow))
words = set()
for w in ['k%d' % i for i in range(40)]:
    words.add(w)
print(list(words))
print(list({'a', 'b'} | {'c', 'd'}), list({'a', 'b', 'c'} & {'c', 'b'}), list(frozenset('hello')))
print(list(set([frozenset({1}), frozenset({2}), frozenset({1, 2})])))
print(repr({'x', 'y', 'z'}), str(frozenset({'p', 'q'})))
