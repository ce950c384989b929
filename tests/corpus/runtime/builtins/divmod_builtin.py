# divmod(): ints, floats, mixed, big values, __divmod__/__rdivmod__, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('ints', lambda: [divmod(a, b) for a in (7, -7, 0) for b in (2, -2, 7)])
t('floats', lambda: [divmod(a, b) for a in (7.5, -7.5) for b in (2, -0.5)])
t('zero', lambda: divmod(1, 0))
t('float zero', lambda: divmod(1.0, 0))
t('complex', lambda: divmod(1j, 1))
t('str', lambda: divmod('a', 1))
class D:
    def __divmod__(self, o):
        return ('divmod', o)
    def __rdivmod__(self, o):
        return ('rdivmod', o)
t('dunder', lambda: (divmod(D(), 1), divmod(1, D())))
t('big', lambda: divmod(10**50 + 3, 10**25))
