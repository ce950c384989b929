# int(str, base) across bases 2..36 for round trips, with prefixes, case and invalid digits.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

digits = '0123456789abcdefghijklmnopqrstuvwxyz'
def to_base(n, b):
    if n == 0:
        return '0'
    out = ''
    neg = n < 0
    n = abs(n)
    while n:
        out = digits[n % b] + out
        n //= b
    return ('-' if neg else '') + out
bad = 0
for b in range(2, 37):
    for n in [0, 1, -1, 35, 36, 12345, -99999, 2**70]:
        s = to_base(n, b)
        if int(s, b) != n or int(s.upper(), b) != n:
            bad += 1
print('round trip failures', bad)
print([int('z', 36), int('Z', 36), int('10', 36), int('-0x1F', 16), int('0b1_0', 0), int(' +0o7 ', 8)])
for s, b in [('2', 2), ('9', 8), ('g', 16), ('0x10', 10), ('0b2', 0), ('0o8', 0), ('1_', 0), ('_1', 0), ('0_0', 0), ('00', 0), ('01', 0), ('0x', 16)]:
    t(repr(s) + ' base ' + str(b), lambda: int(s, b))
