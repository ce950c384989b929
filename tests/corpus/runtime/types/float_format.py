# float: format() and the mini-language (e, f, g, %, n, alternate forms, precision, sign, zero padding).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

vals = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-7, 1e21, float('inf'), float('-inf'), float('nan'), 0.5, 2.5]
specs = ['', 'f', '.0f', '.2f', '10.3f', '<10.2f', '^12.1f', '+.1f', ' .1f', '010.2f', ',.2f', '_.1f', 'e', '.3e', 'E',
         'g', '.3g', '.10g', 'G', '#g', '#.0f', '#.0e', '%', '.1%', 'n', '.2', '.0', '=+12.3f', '*>12.2e', 'z.1f', '.20f']
for spec in specs:
    t(spec, lambda: [format(v, spec) for v in vals])
t('bad type', lambda: format(1.5, 'd'))
t('bad x', lambda: format(1.5, 'x'))
t('comma g', lambda: format(12345678.9, ',g'))
t('big f', lambda: format(1e300, 'f'))
t('tiny e', lambda: format(5e-324, '.5e'))
t('round half even f', lambda: [format(x, '.0f') for x in (0.5, 1.5, 2.5, 3.5, -0.5)])
t('round .2f', lambda: [format(x, '.2f') for x in (1.005, 2.675, 0.125, 0.375)])
t('fstring', lambda: f'{3.5:6.2f}|{-1e-10:g}|{1e5:.3}|{0.1+0.2!r}|{2.0:.3n}')
t('percent', lambda: '%f %.2f %e %.3E %g %G %10.4f %-10.1f| %+.1f %05.1f %#.0f %.0f' % ((1.5,) * 12))
t('percent r', lambda: '%r %s %a' % (0.1, 0.1, 0.1))
t('percent inf', lambda: '%f %e %g' % (float('inf'), float('-inf'), float('nan')))
t('percent big', lambda: '%.1f' % 1e50)
