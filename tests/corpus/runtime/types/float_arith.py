# float: arithmetic, floor division and modulo signs, division by zero, overflow, inf/nan propagation.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

vals = [0.0, -0.0, 1.5, -1.5, 7.0, -7.0, 0.1, 1e308, float('inf'), float('nan')]
for a in vals:
    for b in [2.0, -2.0, 0.3, float('inf')]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
t('div zero', lambda: 1.0 / 0.0)
t('div zero int', lambda: 1.0 / 0)
t('floordiv zero', lambda: 1.0 // 0.0)
t('mod zero', lambda: 1.0 % 0.0)
t('divmod zero', lambda: divmod(1.0, 0.0))
t('overflow mul', lambda: 1e308 * 10)
t('overflow pow', lambda: 10.0 ** 400)
t('pow neg frac', lambda: (-8.0) ** 0.5)
t('pow zero neg', lambda: 0.0 ** -1)
t('pow inf', lambda: (2.0 ** float('inf'), 0.5 ** float('inf'), 1.0 ** float('nan'), float('nan') ** 0))
t('int float mix', lambda: (1 + 0.5, 3 * 0.1, 10 // 3.0, -10 % 3.0, 2 ** -1.0))
t('big int float', lambda: 10**400 + 1.0)
t('neg zero', lambda: (-0.0 + 0.0, -0.0 * 1, 0.0 * -1, -(0.0)))
t('mod signs', lambda: [(x % y) for x in (5.5, -5.5) for y in (2.0, -2.0)])
t('fsum like', lambda: sum([0.1] * 10))
t('compare', lambda: (0.1 + 0.2 == 0.3, float('nan') == float('nan'), float('inf') > 1e308, -0.0 == 0.0))
t('round', lambda: [round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675)])
t('round nd', lambda: [round(2.675, 2), round(1.25, 1), round(-1.25, 1), round(123.456, -1), round(5e-324, 400)])
t('round type', lambda: (type(round(2.5)), type(round(2.5, 0)), type(round(2.5, None))))
t('round inf', lambda: round(float('inf')))
t('round nan', lambda: round(float('nan')))
t('round big nd', lambda: round(1.5, 10**9))
