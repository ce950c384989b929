# complex: repr/str corner cases (signed zeros, inf/nan parts, integral parts, precision).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

vals = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(1, 0), complex(0, 1), complex(1.5, -2),
        complex(1e20, 1e-20), complex(float('inf'), 0), complex(0, float('-inf')), complex(float('nan'), float('nan')),
        complex(1/3, 2/3), complex(123456789012345678, 1), 1j * 1j, (1 + 2j) * 0, -(0j), 2j ** 2]
for v in vals:
    print(repr(v), str(v), format(v), format(v, '.3g'), v == v)
print(complex('-0'), complex('-0j'), complex('  -1.5e3+infj '), complex('NaN-NaNj'))
