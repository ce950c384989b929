# mixed int/float/complex/bool arithmetic: result types and values for every operator pair.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

vals = [True, 3, 2.5, 1 + 1j]
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b), ('/', lambda a, b: a / b), ('**', lambda a, b: a ** b)]
for a in vals:
    for b in vals:
        row = []
        for name, op in ops:
            try:
                r = op(a, b)
                row.append(type(r).__name__ + ':' + repr(r))
            except Exception as e:
                row.append(type(e).__name__)
        print(repr(a), repr(b), row)
for a in vals[:3]:
    print(repr(a), [repr(x) for x in (a // 2, a % 2, divmod(a, 2), -a, abs(-a))])
