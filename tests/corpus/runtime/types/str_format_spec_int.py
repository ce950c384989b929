# int format spec edge cases: grouping with every base, sign-aware padding, alternate forms with width, n and c types.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

vals = [0, 7, -7, 123456789, -123456789, 2**40]
for spec in ['_b', '_o', '_x', '_X', ',d', '_d', '#_x', '#012_x', '+012,d', ' 012d', '=12d', '<+12d', '^+12,d', '#b', '#o', '#X', 'd', '012', '-012', '.0', '+#x']:
    t(spec, lambda: [format(v, spec) for v in vals])
t('comma with b', lambda: format(5, ',b'))
t('both separators', lambda: format(5, ',_d'))
t('c negative', lambda: format(-1, 'c'))
t('c ok', lambda: [format(v, 'c') for v in (65, 0x263a, 0x1f600)])
t('n', lambda: format(1234567, 'n'))
t('bool formats', lambda: [format(True, s) for s in ('', 'd', 'x', '>5', 'b', '.1f')])
t('int with float type', lambda: [format(7, s) for s in ('f', '.2e', 'g', '%', '.1%', 'E', 'G')])
t('big int f', lambda: format(10**30, 'f'))
t('big int e', lambda: format(10**30, '.3e'))
