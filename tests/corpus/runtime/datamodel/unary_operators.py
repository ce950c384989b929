# unary operators: __neg__, __pos__, __invert__, __abs__ on user classes, missing ones, and their messages for builtins.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class U:
    def __neg__(self):
        return 'neg'
    def __pos__(self):
        return 'pos'
    def __invert__(self):
        return 'invert'
    def __abs__(self):
        return 'abs'
u = U()
print(-u, +u, ~u, abs(u))
class Nothing:
    pass
n = Nothing()
t('neg', lambda: -n)
t('pos', lambda: +n)
t('invert', lambda: ~n)
t('abs', lambda: abs(n))
t('neg str', lambda: -'a')
t('invert float', lambda: ~1.5)
t('pos list', lambda: +[1])
t('invert bool', lambda: ~True)
class NI:
    def __neg__(self):
        return NotImplemented
print(-NI())
