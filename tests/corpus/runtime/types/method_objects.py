# bound and unbound methods: __self__, __func__, equality, repr, binding of builtins, classmethod binding, attribute access.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class A:
    def m(self, x):
        return ('m', x)
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s(v):
        return v
a = A()
bm = a.m
print(bm(1), bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__, bm.__doc__, type(bm).__name__)
print(A.m(a, 2), A.c(), a.c(), A.s(3), a.s(4), type(A.c).__name__, A.c.__self__ is A, type(A.s).__name__)
print(a.m == a.m, a.m is a.m, a.m == A().m, hash(a.m) == hash(a.m), A.__dict__['c'].__func__.__name__, A.__dict__['s'].__func__(5))
print(repr(bm).startswith('<bound method A.m of <__main__.A object at 0x'), repr(A.m).startswith('<function A.m at'))
bl = [].append
print(type(bl).__name__, bl.__name__, bl.__self__, repr(bl).startswith('<built-in method append of list object at 0x'))
print(type(str.upper).__name__, type(str.__dict__['upper']).__name__, type(len).__name__, len.__name__, len.__self__.__name__, repr(len))
print(type(int.__add__).__name__, type((1).__add__).__name__, type(dict.fromkeys).__name__, type(object.__init__).__name__)
t('set attr on method', lambda: setattr(bm, 'x', 1))
t('get func attr via method', lambda: (setattr(A.m, 'tag', 'T'), bm.tag)[1])
t('call unbound wrong', lambda: A.m())
t('descriptor get', lambda: A.__dict__['m'].__get__(a, A)(9))
t('str.upper unbound', lambda: str.upper('x'))
t('method of builtin types', lambda: (list.append.__qualname__, dict.get.__name__, str.join.__objclass__.__name__))
t('wrapper', lambda: (object.__str__.__name__, type(object.__str__).__name__, type(a.__str__).__name__))
t('eq different', lambda: a.m == a.c)
class B:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
    def m(self):
        pass
b1, b2 = B(), B()
t('method eq identity', lambda: (b1.m == b2.m, b1.m == b1.m))
