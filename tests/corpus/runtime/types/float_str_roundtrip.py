# float repr round trips for many values (repr(float(repr(x))) == repr(x)), and float(str) parsing of long inputs.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

vals = []
x = 1.0
for i in range(60):
    vals.append(x)
    x = x * 3.7 + 0.1 if i % 2 else x / 7.3
bad = [v for v in vals if float(repr(v)) != v]
print(len(vals), bad)
print([repr(v) for v in vals[:20]])
print(float('0.' + '3' * 50), float('1' * 30 + '.5'), float('1e-' + '0' * 5 + '5'), float('123456789012345678901234567890e-20'))
print(float('2.4703282292062327e-324'), float('2.4703282292062328e-324'), float('1.7976931348623158e308'), float('1.7976931348623159e308'))
print(0.1 + 0.7, 1.1 * 3, 4.35 * 100, 1e23, 8.41e21, 5e-324 * 3, 2 ** 0.5 * 2 ** 0.5)
