# miscellaneous builtins: bool(), complex(), float() from objects, object(), breakpoint-free checks, staticmethod/classmethod/property callable use.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('bool', lambda: [bool(), bool(0), bool([]), bool([[]]), bool(0.0), bool('0')])
t('bool kw', lambda: bool(x=1))
t('int bool float complex args', lambda: (int('10', 2), float('  .5 '), complex('1'), complex()))
sm = staticmethod(len)
cm = classmethod(lambda cls: cls)
p = property(lambda self: 1)
print(type(sm).__name__, sm.__func__ is len, sm('abc'), callable(sm), type(cm).__name__, type(p).__name__)
print(p.fget is not None, p.fset, p.fdel, p.__doc__)
t('frozenset()', lambda: frozenset())
t('memoryview()', lambda: memoryview())
t('bytearray args', lambda: bytearray('x'))
t('zip empty', lambda: list(zip()))
t('enumerate no args', lambda: enumerate())
t('slice three', lambda: slice(1, 2, 3, 4))
t('range kwargs', lambda: range(stop=4))
t('object.__new__', lambda: type(object.__new__(object)).__name__)
t('object.__new__ int', lambda: object.__new__(int))
t('NotImplemented eq', lambda: NotImplemented == NotImplemented)
