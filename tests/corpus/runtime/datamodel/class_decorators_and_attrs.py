# class-level dunders: __name__/__qualname__/__module__/__doc__/__dict__/__bases__ writable or not, __bases__ assignment.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class A:
    'A doc'
class B:
    pass
class C(A):
    pass
print(C.__bases__, C.__base__, C.__doc__, C.__module__, C.__qualname__)
C.__bases__ = (B,)
print(C.__bases__, C.__mro__, isinstance(C(), B), isinstance(C(), A))
t('bases empty', lambda: setattr(C, '__bases__', ()))
t('bases non class', lambda: setattr(C, '__bases__', (1,)))
t('bases cycle', lambda: setattr(A, '__bases__', (C,)))
C.__doc__ = 'new doc'
C.__module__ = 'elsewhere'
C.__qualname__ = 'Outer.C'
print(C.__doc__, C.__module__, C.__qualname__, repr(C))
t('dict assign', lambda: setattr(C, '__dict__', {}))
t('mro assign', lambda: setattr(C, '__mro__', ()))
t('builtin doc', lambda: setattr(int, '__doc__', 'x'))
