def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, '!', type(e).__name__, e)
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
class C(A): pass
class D(C): pass
print(D().who(), D.__mro__)
C.__bases__ = (B,)
print(D().who(), D.__mro__, C.__bases__, A.__subclasses__(), B.__subclasses__())
t('not tuple', lambda: setattr(C, '__bases__', B))
t('empty', lambda: setattr(C, '__bases__', ()))
t('not class', lambda: setattr(C, '__bases__', (1,)))
t('cycle', lambda: setattr(C, '__bases__', (D,)))
t('builtin', lambda: setattr(int, '__bases__', (object,)))
t('del', lambda: delattr(C, '__bases__'))
t('to object', lambda: setattr(C, '__bases__', (object,)))
t('to int', lambda: setattr(C, '__bases__', (int,)))
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('a',)
class S3:
    __slots__ = ('b',)
s = S1()
s.__class__ = S2
t('slots same', lambda: type(s).__name__)
t('slots differ', lambda: setattr(s, '__class__', S3))
t('to dict class', lambda: setattr(s, '__class__', A))
class L1(list): pass
class L2(list): pass
l = L1(); l.__class__ = L2
t('list sub', lambda: type(l).__name__)
t('list to A', lambda: setattr(l, '__class__', A))
class E1(A): pass
e = A(); e.__class__ = E1
t('to subclass', lambda: type(e).__name__)
class X: pass
class Y(X):
    def f(self): return 'Y.f'
class Z(X): pass
Z.__bases__ = (Y,)
t('slot refresh', lambda: Z().f())
Y.__len__ = lambda self: 7
t('len via new base', lambda: len(Z()))
