# super(): zero-arg and two-arg forms, attribute lookup along the MRO, super() on classmethods, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class A:
    def who(self):
        return 'A'
    @classmethod
    def cm(cls):
        return 'A.cm ' + cls.__name__
class B(A):
    def who(self):
        return 'B>' + super().who()
    @classmethod
    def cm(cls):
        return 'B.cm>' + super().cm()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
d = D()
print(d.who(), D.cm(), super(B, d).who(), super(C, d).who(), super(D, D).cm())
print([k.__name__ for k in D.__mro__])
s = super(B, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__)
t('unbound super', lambda: super(B).__thisclass__.__name__)
t('bad second', lambda: super(B, 1))
t('not subclass', lambda: super(D, A()))
t('missing attr', lambda: super(B, d).nope)
t('zero arg outside', lambda: super())
def outside():
    return super().x
t('zero arg function', outside)
class E:
    def m(self):
        del self
        return super().__class__.__name__
t('no self', lambda: E().m())
class F(A):
    def m(self):
        return [super().who() for _ in range(2)]
t('in comprehension', lambda: F().m())
class G(A):
    def m(self):
        return (lambda: super().who())()
t('in lambda', lambda: G().m())
t('super repr', lambda: repr(super(B, d)).startswith("<super: <class 'B'>, <D object>>"))
class P:
    @property
    def p(self):
        return 'prop'
class Q(P):
    @property
    def p(self):
        return 'Q+' + super().p
t('property through super', lambda: Q().p)
t('super setattr', lambda: setattr(super(B, d), 'x', 1))
