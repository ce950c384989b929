# int: bitwise operators and shifts, including negative and big operands.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

values = [0, 1, -1, 5, -5, 255, -256, 2**64 + 3, -(2**70) + 1, 12345678901234567890]
for a in values:
    for b in values:
        print(a, b, a & b, a | b, a ^ b)
for a in values:
    print(a, [a << n for n in (0, 1, 7, 64, 100)], [a >> n for n in (0, 1, 7, 64, 100)])
t('neg shift', lambda: 1 << -1)
t('neg rshift', lambda: 1 >> -1)
t('huge shift', lambda: 1 >> 10**30)
t('neg huge rshift', lambda: -1 >> 10**30)
t('zero huge lshift', lambda: 0 << 10**20)
t('float and', lambda: 1 & 1.0)
t('str or', lambda: 1 | 'a')
