# str.format over a table of field specs and values, auto numbering and repeated fields.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

vals = [0, 42, -3.5, 'txt', None, [1], True]
for spec in ['{}', '{!r}', '{:>6}', '{:<6}|', '{:^6}', '{:*^7}', '{!s:>5}', '{!r:^8}', '{:}', '{:.1}']:
    row = []
    for v in vals:
        try:
            row.append(spec.format(v))
        except (TypeError, ValueError) as e:
            row.append(type(e).__name__)
    print(spec, row)
print('{0}{1}{0}'.format('a', 'b'), '{x}{y}{x}'.format(x=1, y=2), '{0[0]}{0[1]}'.format('xy'), '{.real}'.format(3))
