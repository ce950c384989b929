# __dir__, __sizeof__, __class__ and __subclasshook__ overrides and how dir(), sys.getsizeof(), isinstance() use them.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
class D:
    def __dir__(self):
        return ['b', 'a', 'a']
    def __sizeof__(self):
        return 1000
print(dir(D()), sys.getsizeof(D()) >= 1000, type(sys.getsizeof(D())).__name__)
class Masquerade:
    @property
    def __class__(self):
        return int
m = Masquerade()
print(type(m).__name__, m.__class__.__name__, isinstance(m, int), isinstance(m, Masquerade))
class Hook:
    @classmethod
    def __subclasshook__(cls, sub):
        return True
print(issubclass(int, Hook))
t('negative sizeof', lambda: sys.getsizeof(type('N', (), {'__sizeof__': lambda s: -5})()))
t('non-int sizeof', lambda: sys.getsizeof(type('N', (), {'__sizeof__': lambda s: 'x'})()))
