# int: arithmetic operators on small and big values, signs, floor division and modulo rules.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

values = [0, 1, -1, 7, -7, 3, -3, 2**31, -2**31, 2**63 - 1, -2**63, 2**64, 10**30, -10**30]
for a in values:
    for b in [1, -1, 3, -3, 7, 2**64, -10**30]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
t('zero div', lambda: 1 // 0)
t('zero mod', lambda: 1 % 0)
t('zero divmod', lambda: divmod(5, 0))
t('truediv', lambda: 7 / 2)
t('truediv neg', lambda: -7 / 2)
t('truediv big', lambda: 10**30 / 3)
t('truediv huge', lambda: 10**400 / 10**399)
t('truediv overflow', lambda: 10**400 / 3)
t('truediv zero', lambda: 1 / 0)
t('neg', lambda: -(2**100))
t('pos', lambda: +(-5))
t('abs', lambda: abs(-2**70))
t('unary invert', lambda: [~x for x in values])
