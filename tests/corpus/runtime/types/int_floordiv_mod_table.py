# int: floor division and modulo sign rules over a grid, and divmod identity a == b*q + r.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

bad = 0
for a in range(-12, 13):
    row = []
    for b in [-5, -3, -1, 1, 2, 7]:
        q, r = divmod(a, b)
        if a != b * q + r or q != a // b or r != a % b:
            bad += 1
        row.append((q, r))
    print(a, row)
print('bad', bad)
print(divmod(10**40 + 7, 10**20), divmod(-(10**40) - 7, 10**20), divmod(10**40, -3), (-(2**100)) // 3, (-(2**100)) % 7)
