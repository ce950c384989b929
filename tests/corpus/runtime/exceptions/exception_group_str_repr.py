# str/repr of exception groups with many and nested members, message counts, and groups of BaseExceptions.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for n in [1, 2, 5]:
    g = ExceptionGroup('msg', [ValueError(i) for i in range(n)])
    print(str(g), '|', repr(g))
nested = BaseExceptionGroup('outer', [KeyboardInterrupt(), ExceptionGroup('inner', [TypeError('t')])])
print(str(nested), '|', repr(nested), '|', type(nested).__name__)
print(repr(ExceptionGroup('', [ValueError()])), str(ExceptionGroup('', (KeyError('k'),))))
class G(ExceptionGroup):
    pass
print(repr(G('custom', [OSError(2, 'x')])))
