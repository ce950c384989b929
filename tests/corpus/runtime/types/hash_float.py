# hash() of floats: integral floats equal int hashes, fractions, infinities, nan (by identity), negative zero.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for v in [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.1, 1.5, 3.14159, 1e10, 1e100, 1e308, 5e-324, 2.0**60, 2.0**61, 2.0**62, -2.0**100, 123456.789, float('inf'), float('-inf')]:
    print(repr(v), hash(v))
print(hash(1.0) == hash(1), hash(2.0**100) == hash(2**100), hash(-1.0), hash(0.25) == hash(complex(0.25, 0)))
n = float('nan')
print(hash(n) == hash(n), type(hash(n)).__name__)
print([hash(complex(a, b)) for a, b in [(0, 1), (1, 1), (-1, 2.5), (0.5, -0.5)]])
