# float floor division and modulo corner cases: signed zeros, infinities, results near boundaries.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

cases = [(5.0, 3.0), (-5.0, 3.0), (5.0, -3.0), (-5.0, -3.0), (0.0, 1.0), (-0.0, 1.0), (0.0, -1.0), (1.0, float('inf')), (-1.0, float('inf')), (float('inf'), 1.0), (1e308, 1e-308), (0.1, 0.01), (7.5, 0.5), (-7.5, 0.5)]
for a, b in cases:
    try:
        print(a, b, a // b, a % b, divmod(a, b))
    except Exception as e:
        print(a, b, type(e).__name__, e)
