# int: comparisons with ints, floats, bools, and mixed types.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

vals = [0, 1, -1, 2**53, 2**53 + 1, 10**20, -10**20]
for a in vals:
    print(a, [(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in vals[:4]])
t('int float eq', lambda: 2**53 + 1 == float(2**53 + 1))
t('int float lt', lambda: 2**53 + 1 > float(2**53))
t('int inf', lambda: 10**400 < float('inf'))
t('int nan', lambda: (1 < float('nan'), 1 == float('nan'), 1 != float('nan')))
t('int bool', lambda: (1 == True, 0 == False, 2 == True))
t('int str eq', lambda: 1 == '1')
t('int str lt', lambda: 1 < '1')
t('int none lt', lambda: 1 < None)
t('chain', lambda: 1 < 2 < 3 > 2 == 2)
t('big float eq', lambda: 10**30 == 1e30)
t('int complex eq', lambda: 1 == 1 + 0j)
t('int complex lt', lambda: 1 < 1j)
