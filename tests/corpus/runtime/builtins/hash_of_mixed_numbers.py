# hash() of equal numbers of different types is equal: ints, floats, complex, bools, and huge/negative values.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for v in [0, 1, -1, 2, 10**20, -(10**20), 2**61 - 1, 2**61, -2**61, 1.5, -2.25]:
    f = float(v)
    c = complex(v)
    print(v, hash(v) == hash(f) if f == v else 'inexact', hash(v) == hash(c), hash(f) == hash(c))
print(hash(True) == hash(1) == hash(1.0) == hash(1 + 0j), hash(0.5) == hash(complex(0.5, 0)), hash(2**100) == hash(float(2**100)))
