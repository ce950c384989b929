# int: ** with positive, negative and big exponents, and three-argument pow.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

for base in [0, 1, -1, 2, -2, 3, 10, -7]:
    print(base, [base ** e for e in range(0, 12)])
t('big', lambda: 3 ** 200)
t('neg exp', lambda: 2 ** -3)
t('neg exp neg base', lambda: (-2) ** -3)
t('zero neg exp', lambda: 0 ** -1)
t('pow3', lambda: pow(3, 200, 1000007))
t('pow3 neg mod', lambda: pow(3, 20, -7))
t('pow3 inverse', lambda: pow(38, -1, 97))
t('pow3 inverse none', lambda: pow(2, -1, 4))
t('pow3 zero mod', lambda: pow(2, 5, 0))
t('pow3 float', lambda: pow(2.0, 5, 3))
t('pow3 one', lambda: pow(5, 0, 1))
t('pow kw', lambda: pow(base=2, exp=10))
t('pow kw mod', lambda: pow(2, 10, mod=1000))
t('rpow float', lambda: 2 ** 0.5)
t('neg frac', lambda: (-8) ** (1/3))
t('big exp overflow float', lambda: 2.0 ** 5000)
