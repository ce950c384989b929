# int(), float(), complex() conversions from each other and from strings with whitespace and signs.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for s in ['1', ' -2 ', '+3', '0', '-0', '1_0', '1e3', '1.5', 'inf', '0x10', '1j', '1+1j']:
    row = []
    for conv in (int, float, complex):
        try:
            row.append(repr(conv(s)))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(s), row)
for v in [True, 7, -2.5, 3 + 0j, 2j]:
    row = []
    for conv in (int, float, complex):
        try:
            row.append(repr(conv(v)))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(repr(v), row)
