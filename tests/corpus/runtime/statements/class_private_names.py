# name mangling of __private names in classes: attributes, methods, nested classes, getattr with the mangled name.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class A:
    __secret = 'a-secret'
    def __init__(self):
        self.__value = 1
    def get(self):
        return self.__value, self.__secret, self.__m()
    def __m(self):
        return 'private method'
    def __dunder__(self):
        return 'not mangled'
class B(A):
    __secret = 'b-secret'
    def get_b(self):
        return self.__secret
a = A()
b = B()
print(a.get(), b.get_b(), b.get())
print(sorted(k for k in vars(a)), sorted(k for k in vars(A) if 'secret' in k or '__m' in k))
t('outside access', lambda: a.__value)
t('mangled access', lambda: a._A__value)
t('dunder not mangled', lambda: a.__dunder__())
class _Under:
    __x = 1
print([k for k in vars(_Under) if 'x' in k])
class Outer:
    class Inner:
        __y = 2
    def f(self):
        return self.Inner._Inner__y
print(Outer().f())
def g():
    class Local:
        def m(self):
            __local_name = 3
            return locals()
    return Local().m()
print(g())
