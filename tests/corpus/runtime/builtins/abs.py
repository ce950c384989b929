# abs(): ints, floats, complex, bool, __abs__, and errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('values', lambda: [abs(x) for x in (0, -0, 5, -5, -2**100, -0.0, -1.5, float('-inf'), 3 + 4j, -1j, True, False)])
t('nan', lambda: abs(float('nan')))
class A:
    def __abs__(self):
        return 'absolute'
t('dunder', lambda: abs(A()))
t('str', lambda: abs('x'))
t('none', lambda: abs(None))
t('no args', lambda: abs())
t('two args', lambda: abs(1, 2))
t('kw', lambda: abs(x=1))
