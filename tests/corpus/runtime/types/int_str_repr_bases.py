# int repr/str for large and negative values, digit grouping in format, bool and int subclasses str(), str(int) round trips.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for v in [0, -0, 9, 10, 99, 100, -1000, 123456789012345678901234567890, -(2**128), 10**100]:
    s = str(v)
    print(len(s), s[:30], int(s) == v, repr(v) == s, format(v, ',')[:40], format(v, '_x')[:40])
