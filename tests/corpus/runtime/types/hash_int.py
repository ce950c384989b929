# hash() of ints: the modulus 2**61-1 reduction, negatives, -1 mapped to -2, bools, big values.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

M = 2**61 - 1
for v in [0, 1, -1, -2, 2, 100, -100, M - 1, M, M + 1, -M, 2**62, 2**64, -2**64, 10**30, -10**30, 2**200 + 7, True, False]:
    print(v, hash(v), hash(v) == hash(v % M if v >= 0 else -((-v) % M)) or v == -1 or (-v) % M == 1)
print([hash(i) for i in range(-5, 6)])
print(hash(-2**61 + 1), hash(2**61 - 2), hash(-(2**61 - 1)))
