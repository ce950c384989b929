# attribute lookup order: instance dict, class, bases in MRO, class-level data vs methods, shadowing and deletion.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class A:
    x = 'A.x'
    def who(self):
        return 'A.who'
class B(A):
    pass
class C(A):
    x = 'C.x'
    def who(self):
        return 'C.who'
class D(B, C):
    pass
d = D()
print(d.x, d.who(), D.x, [k.__name__ for k in D.__mro__])
d.x = 'instance'
print(d.x, D.x)
del d.x
print(d.x)
C.x = 'C.x changed'
print(d.x)
del C.x
print(d.x)
d.who = lambda: 'instance lambda'
print(d.who(), D.who(d))
def t2(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
t2('delete class attr via instance', lambda: delattr(D(), 'who'))
t2('delete missing class attr', lambda: delattr(D, 'nope'))
t2('delete inherited via subclass', lambda: delattr(D, 'who'))
