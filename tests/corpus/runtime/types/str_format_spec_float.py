# float format spec corner cases: g trimming, alternate g, exponent thresholds, rounding at precision boundary, very large precision.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

vals = [1e-5, 1e-4, 0.00012345, 123456.0, 1234567.0, 1e16, 1e17, 9.9999999, 0.5, 1.0, 100.0, 1.25, 1e-300, 123.456e100]
for spec in ['g', '.1g', '.2g', '.6g', '.17g', '#g', '#.3g', 'e', '.0e', '#.0e', '.1f', '.3%', 'G', 'E', '', '.3', '.12', 'n', '#.0f']:
    t(spec, lambda: [format(v, spec) for v in vals])
t('precision 100', lambda: format(0.1, '.100f'))
t('precision 60e', lambda: format(1/3, '.60e'))
t('precision huge', lambda: format(1.5, '.2147483648f'))
t('negative zero g', lambda: [format(-0.0, s) for s in ('', 'g', 'f', 'e', 'z', 'z.2f', '+')])
t('z with tiny negative', lambda: [format(-0.0001, 'z.2f'), format(-0.0001, '.2f'), format(-0.5, 'z.0f')])
t('inf nan specs', lambda: [format(float(x), s) for x in ('inf', '-inf', 'nan') for s in ('', '010', '+', 'E', '^9', '%')])
