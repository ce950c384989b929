# int(): from strings in every base, with underscores, whitespace, signs, floats, and errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

t('empty', lambda: int())
t('str', lambda: int('  -42\n'))
t('plus', lambda: int('+17'))
t('under', lambda: int('1_000_000'))
t('bad under', lambda: int('1__0'))
t('trailing under', lambda: int('10_'))
t('hex', lambda: int('ff', 16))
t('hex prefix', lambda: int('0xff', 16))
t('base0 hex', lambda: int('0x_ff', 0))
t('base0 oct', lambda: int('0o17', 0))
t('base0 bin', lambda: int('0b101', 0))
t('base0 leading zero', lambda: int('010', 0))
t('base0 zeros', lambda: int('000', 0))
t('base36', lambda: int('zz', 36))
t('base37', lambda: int('1', 37))
t('base1', lambda: int('1', 1))
t('bad digit', lambda: int('12a'))
t('bad base digit', lambda: int('8', 8))
t('float', lambda: int(3.99))
t('neg float', lambda: int(-3.99))
t('big float', lambda: int(1e30))
t('inf', lambda: int(float('inf')))
t('nan', lambda: int(float('nan')))
t('bool', lambda: int(True))
t('bytes', lambda: int(b'42'))
t('bytearray', lambda: int(bytearray(b' 7 ')))
t('base with int', lambda: int(5, 10))
t('none', lambda: int(None))
t('list', lambda: int([1]))
t('unicode digits', lambda: int('\u0663\u0661'))
t('fullwidth', lambda: int('\uff11\uff12'))
t('empty str', lambda: int(''))
t('space only', lambda: int('  '))
t('kw base', lambda: int('11', base=2))
t('x kw', lambda: int(x='5'))
t('long str', lambda: int('1' * 50))
t('neg zero', lambda: int('-0'))
class Idx:
    def __index__(self):
        return 9
class In:
    def __int__(self):
        return 8
t('index', lambda: int(Idx()))
t('int', lambda: int(In()))
t('subclass', lambda: type(int.__new__(bool, 1)))
