# MRO: C3 linearization for diamonds and complex hierarchies, inconsistent orders raising TypeError, duplicate bases.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
class X(A, B): pass
class Y(B, A): pass
t('inconsistent', lambda: type('Bad', (X, Y), {}))
t('duplicate base', lambda: type('Dup', (A, A), {}))
t('base before sub', lambda: type('Bad2', (O, A), {}))
print([k.__name__ for k in type('Ok', (A, O), {}).__mro__])
class Meta(type):
    def mro(cls):
        return [cls, O, object] if cls.__name__ == 'Custom' else super().mro()
class Custom(A, metaclass=Meta): pass
print([k.__name__ for k in Custom.__mro__])
t('bool base', lambda: type('B2', (bool,), {}))
t('int and str', lambda: type('IS', (int, str), {}))
print(int.__mro__, bool.mro())
class Diamond(B, C): pass
print([k.__name__ for k in Diamond.mro()])
