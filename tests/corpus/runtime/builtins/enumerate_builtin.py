# enumerate(): start values (negative, big, bool), keyword args, nested enumerate, type and repr of the object.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('basic', lambda: list(enumerate(['a', 'b'])))
t('start', lambda: list(enumerate('ab', start=-5)))
t('big start', lambda: list(enumerate('ab', 2**64)))
t('bool start', lambda: list(enumerate('a', True)))
t('float start', lambda: enumerate('a', 1.5))
t('nested', lambda: list(enumerate(enumerate('xy'), 1)))
t('dict', lambda: list(enumerate({'k': 1})))
t('type', lambda: (type(enumerate([])).__name__, repr(enumerate([])).startswith('<enumerate object at 0x')))
t('consumes lazily', lambda: (lambda it: (next(enumerate(it)), list(it)))(iter('abc')))
t('subclass', lambda: list(type('E', (enumerate,), {})('ab', 3)))
