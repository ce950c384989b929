# a user sequence and mapping: __len__, __getitem__ with slices, __setitem__, __delitem__, __iter__, __reversed__, __contains__ used by builtins.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __repr__(self):
        return 'Seq' + repr(tuple(self.items))
s = Seq(1, 2, 3, 4)
print(len(s), s[0], s[-1], s[1:3], list(s), 3 in s, 9 in s, list(reversed(s)), sorted(s, reverse=True), s[::2])
s[0] = 'one'
del s[1]
print(s, bool(Seq()), max(s[1:]), tuple(s), [x for x in s])
t('index error ends iteration', lambda: list(Seq(1)))
t('getitem bad', lambda: s['a'])
class Map:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k.lower()]
    def __setitem__(self, k, v):
        self.d[k.lower()] = v
    def __delitem__(self, k):
        del self.d[k.lower()]
    def keys(self):
        return self.d.keys()
m = Map()
m['A'] = 1
m['b'] = 2
print(m['a'], dict(m), {**m})
del m['B']
t('missing', lambda: m['b'])
t('f(**m)', lambda: (lambda **kw: kw)(**m))
