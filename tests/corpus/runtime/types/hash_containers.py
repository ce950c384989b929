# hash() of tuples and frozensets (CPython xxHash-based tuple hash, frozenset shuffle), and unhashable types.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for v in [(), (0,), (1,), (1, 2), (2, 1), (1, 2, 3), ('a', 'b'), ((1, 2), (3,)), (None, True, 1.5), (-1,), (-1, -1), tuple(range(50)), (frozenset(),)]:
    print(repr(v), hash(v))
for v in [frozenset(), frozenset({0}), frozenset({1}), frozenset({1, 2}), frozenset({-1}), frozenset('abc'), frozenset({(1, 2)}), frozenset(range(100))]:
    print(sorted(v, key=repr)[:5], hash(v))
for v in [[], {}, set(), bytearray(), [1]]:
    try:
        hash(v)
    except TypeError as e:
        print(type(v).__name__, e)
try:
    hash(([],))
except TypeError as e:
    print('tuple with list', e)
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(int) == hash(int), hash(range(3)) == hash(range(0, 3)))
print(hash(slice(1, 2)) == hash(slice(1, 2)) if False else 'slice skipped')
