# str % formatting over a table of conversions and values, including width/precision combinations and flags.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

vals = [0, 7, -7, 3.14159, -0.5, 1e20, 'str', True]
for conv in ['%s', '%r', '%5s', '%-5s|', '%.2s', '%d', '%5d', '%-5d|', '%05d', '%+d', '%x', '%o', '%e', '%.1f', '%g', '%10.3f', '%c']:
    row = []
    for v in vals:
        try:
            row.append(conv % v)
        except (TypeError, ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(conv, row)
