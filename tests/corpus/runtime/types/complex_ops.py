# complex: construction, repr, arithmetic, attributes, conjugate, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)

vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.5j, complex(0, -0.0), complex(-0.0, 0), complex(1e300, 1e300), complex(float('inf'), float('nan'))]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), abs(v) if v != vals[-1] else 'skip')
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, -a, +a, a == 3 + 4j, a != b, abs(a))
print(a + 1, 1 + a, a * 2.5, 2 / a, a ** b)
t('ctor strs', lambda: [complex(s) for s in ('1+2j', ' 3j ', '-1.5-2.5J', '(1+1j)', 'inf+nanj', '5', '1e3-1e-3j')])
t('ctor bad', lambda: complex('1+2k'))
t('ctor space', lambda: complex('1 + 2j'))
t('ctor two', lambda: complex(1, 2))
t('ctor complex args', lambda: complex(1j, 1j))
t('ctor str and imag', lambda: complex('1', 2))
t('ctor kw', lambda: complex(real=1, imag=2))
t('div zero', lambda: 1j / 0)
t('zero pow neg', lambda: 0j ** -1)
t('lt', lambda: 1j < 2j)
t('floordiv', lambda: 1j // 2)
t('mod', lambda: 1j % 2)
t('int()', lambda: int(1j))
t('hash', lambda: [hash(x) for x in (1j, 1 + 0j, 2 - 3j)])
t('eq int', lambda: (1 + 0j == 1, 1j == 1, complex(2, 0) == 2.0))
t('format', lambda: [format(1.5 - 2j, s) for s in ('', '.2f', '>20', '+.1e', 'g', '^20.3')])
t('format bad', lambda: format(1j, 'd'))
t('bool', lambda: (bool(0j), bool(1e-300j)))
t('pow int', lambda: [(1 + 1j) ** n for n in range(-2, 6)])
class C:
    def __complex__(self):
        return 2 + 3j
t('dunder', lambda: complex(C()))
