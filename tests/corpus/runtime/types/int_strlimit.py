# int: the 4300-digit limit on str<->int conversion (and its exemptions for power-of-two bases).
import sys
def t(label, f):
    try:
        r = f()
        print(label, r if isinstance(r, (bool, int)) and r.bit_length() < 64 else type(r).__name__)
    except Exception as e:
        print(label, '!', type(e).__name__, e)

t('limit', lambda: sys.get_int_max_str_digits())
t('4300 ok', lambda: int('7' * 4300))
t('4301 bad', lambda: int('7' * 4301))
t('str ok', lambda: len(str(10**4299)))
t('str bad', lambda: str(10**4300))
t('repr bad', lambda: repr(10**5000))
t('hex ok', lambda: len(hex(1 << 20000)))
t('from hex ok', lambda: int('f' * 5000, 16) > 0)
t('format bad', lambda: format(10**5000, 'd'))
t('fstring bad', lambda: f'{10**5000}')
t('percent bad', lambda: '%d' % 10**5000)
t('negative ok', lambda: int('-' + '1' * 4300) < 0)
t('underscores count', lambda: int('_'.join(['1'] * 4300)) > 0)
t('set low', lambda: sys.set_int_max_str_digits(100))
t('too low', lambda: sys.set_int_max_str_digits(5))
t('after set', lambda: int('1' * 101))
t('after set ok', lambda: int('1' * 100) > 0)
t('zero disables', lambda: sys.set_int_max_str_digits(0))
t('unlimited', lambda: len(str(10**6000)))
