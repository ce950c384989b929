# complex() constructor: string forms accepted and rejected, argument types, second argument rules, messages.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for s in ['1', '1j', '-1j', '+1.5e3-2J', '(2+3j)', ' (4-5j) ', 'j', '1+j', 'nanj', 'infj', '1e+3j', '1_0j', '( 1j)', '1 +2j', '1+2', '2j+1', '', '()', '(', '1+2j)']:
    t(repr(s), lambda: complex(s))
t('str and num', lambda: complex('1', 1))
t('num and str', lambda: complex(1, '1'))
t('none', lambda: complex(None))
t('list', lambda: complex([1]))
t('complex imag', lambda: complex(1, 1j))
t('complex both', lambda: complex(1j, 1j))
t('bool', lambda: complex(True, False))
