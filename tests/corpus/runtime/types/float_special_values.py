# float infinities, NaN and signed zero through arithmetic, comparisons, min/max, sorting, conversion and formatting.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf, inf > 10**400, -inf < -10**400)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], nan in [nan], float('nan') in [nan])
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3, 1, 2]), repr(-0.0), -0.0 == 0.0, str(-0.0 * 1), 0.0 * -1)
print(int(-0.0), round(-0.4), round(-0.5), abs(-0.0), -0.0 + 0.0, (-0.0) ** 2, divmod(-0.0, 1))
print(format(inf, '>6'), format(-inf, '+'), format(nan, 'F'), '%e' % inf, str(inf), repr(-nan), float('-nan'), float('+inf'))
print(hash(inf), hash(-inf), inf == float('infinity'), 1e309, -1e309)
