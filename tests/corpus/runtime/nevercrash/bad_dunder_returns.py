# dunders returning wrong types raise TypeError instead of crashing: __len__, __index__, __hash__, __bool__, __iter__, __repr__, __int__, __float__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Bad:
    def __len__(self): return 'x'
    def __index__(self): return 1.5
    def __hash__(self): return 'h'
    def __bool__(self): return 2
    def __iter__(self): return 3
    def __repr__(self): return None
    def __int__(self): return 'i'
    def __float__(self): return 'f'
    def __complex__(self): return 1
    def __str__(self): return 7
    def __bytes__(self): return 'b'
b = Bad()
for label, fn in [('len', len), ('index', lambda v: [1][v]), ('hash', hash), ('bool', bool), ('iter', iter), ('repr', repr), ('int', int), ('float', float), ('complex', complex), ('str', str), ('bytes', bytes), ('format', format), ('list', list)]:
    try:
        fn(b)
        print(label, 'no error')
    except Exception as e:
        print(label, type(e).__name__, e)
print('done')
