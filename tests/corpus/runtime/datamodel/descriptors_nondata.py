# non-data descriptors: instance __dict__ shadows them, functions as descriptors, descriptors on the metaclass.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class NonData:
    def __get__(self, obj, owner=None):
        return ('nondata', obj is None, owner.__name__ if owner else None)
class C:
    nd = NonData()
c = C()
print(c.nd, C.nd)
c.nd = 'shadowed'
print(c.nd, C.nd)
del c.nd
print(c.nd)
def plain(self):
    return 'plain function bound to ' + type(self).__name__
C.method = plain
print(c.method(), C.method(c), type(c.method).__name__)
c.method = lambda: 'instance function, not bound'
print(c.method())
class Meta(type):
    md = NonData()
class K(metaclass=Meta):
    pass
print(K.md)
t('instance no meta attr', lambda: K().md)
print(NonData().__get__(None, C), NonData().__get__(c))
class Callable:
    def __call__(self, *a):
        return ('called with', len(a))
class H:
    c = Callable()
print(H().c(1))
