# float: comparisons with ints (exactly, even past 2**53), and the math of extreme values.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

big = 2**53
t('exact', lambda: (float(big) == big, float(big) == big + 1, float(big) < big + 1, big + 1 > float(big)))
t('huge', lambda: (1e308 < 10**309, float('inf') > 10**1000, -float('inf') < -10**1000))
t('nan cmp', lambda: [float('nan') < x for x in (0, 10**100, 1.0)])
t('max', lambda: sys.float_info.max)
t('min', lambda: sys.float_info.min)
t('eps', lambda: sys.float_info.epsilon)
t('eps add', lambda: 1.0 + sys.float_info.epsilon > 1.0)
t('eps half', lambda: 1.0 + sys.float_info.epsilon / 2 == 1.0)
t('dig', lambda: (sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix, sys.float_info.rounds))
t('subnormal', lambda: (5e-324 / 2, 5e-324 * 0.5, 5e-324 > 0))
t('sort mixed', lambda: sorted([3, 2.5, -1, 10**20, 1e19, True, -0.5]))
t('max mixed', lambda: max(1, 1.0), )
t('min mixed', lambda: min(1.0, 1))
