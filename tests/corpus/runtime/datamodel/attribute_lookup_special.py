# special method lookup bypasses the instance: dunders set on instances are ignored by operators, used only by explicit calls.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return 'class repr'
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: 'instance repr'
c.__add__ = lambda o: 'instance add'
print(len(c), repr(c), c.__len__(), c.__repr__())
t('add ignored', lambda: c + 1)
class Meta(type):
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return 'meta getitem ' + repr(k)
class K(metaclass=Meta):
    def __len__(self):
        return 7
print(len(K), len(K()), K['x'])
class G:
    def __getattr__(self, name):
        return lambda *a: 'from __getattr__ ' + name
g = G()
print(g.__len__())
t('len not via getattr', lambda: len(g))
t('iter not via getattr', lambda: iter(g))
