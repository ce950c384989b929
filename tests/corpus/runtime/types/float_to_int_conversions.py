# float<->int conversions: int() truncation, round() to int, // with floats, exact integer floats, and OverflowError.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for v in [0.5, -0.5, 1.9999, -1.9999, 2.5, 1e15 + 0.5, 2**53 + 0.0, -2.0**63, 1e20, 123456789.987654321]:
    print(repr(v), int(v), round(v), v // 1, v % 1, float(int(v)) == int(v), int(v) == v)
t('int inf', lambda: int(float('-inf')))
t('float big int', lambda: float(2**1024))
t('float big int ok', lambda: float(2**1023))
t('float near max', lambda: float(2**1024 - 2**970))
t('float round up over', lambda: float(2**1024 - 2**969))
t('int big float', lambda: int(1.7976931348623157e308) == 2**1024 - 2**971)
t('true div ints', lambda: [(10**20 + 1) / 10**20, 2**1100 / 2**1000, (2**53 + 1) / 1, 1 / 3])
t('true div overflow', lambda: 2**2000 / 3)
t('true div exact', lambda: (10**40) / (10**20))
t('mixed compare', lambda: [2**60 == float(2**60), 2**60 + 1 == float(2**60 + 1), 10**16 + 1 > 1e16])
