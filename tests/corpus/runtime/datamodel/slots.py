# __slots__: no __dict__, allowed attributes, errors, inheritance with and without slots, __dict__ and __weakref__ in slots, descriptors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, '__dict__'), type(P.x).__name__, P.__slots__)
t('unset slot', lambda: p.y)
t('new attr', lambda: setattr(p, 'z', 1))
p.y = 2
del p.y
t('deleted slot', lambda: p.y)
t('delete twice', lambda: delattr(p, 'y'))
class Q(P):
    pass
q = Q(1)
q.z = 3
print(q.z, q.__dict__)
class R(P):
    __slots__ = ('w',)
r = R(1)
r.w = 4
t('R no dict', lambda: r.__dict__)
class WithDict:
    __slots__ = ('a', '__dict__')
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)
class StrSlot:
    __slots__ = 'only'
s = StrSlot()
s.only = 'yes'
print(s.only, StrSlot.__slots__)
t('slot conflicts class var', lambda: type('Bad', (), {'__slots__': ('v',), 'v': 1}))
t('slots bad item', lambda: type('Bad', (), {'__slots__': (1,)}))
t('slots dup dict', lambda: type('Bad', (WithDict,), {'__slots__': ('__dict__',)}))
t('nonempty slots on int', lambda: type('Bad', (int,), {'__slots__': ('v',)}))
class Priv:
    __slots__ = ('__hidden',)
    def __init__(self):
        self.__hidden = 1
print(sorted(k for k in vars(Priv) if 'hidden' in k), Priv()._Priv__hidden)
print(P.x.__name__, P.x.__objclass__.__name__)
t('layout conflict', lambda: type('M', (P, type('O', (), {'__slots__': ('k',)})), {}))
