# slice objects: attributes, indices(), repr, equality, hashing, use with custom __getitem__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), repr(slice('a', [1], None)))
for args in [(None, None, None), (2, 8, None), (-3, None, None), (None, None, -1), (10, -10, -2), (0, 100, 3)]:
    print(args, slice(*args).indices(7))
t('indices step 0', lambda: slice(None, None, 0).indices(5))
t('indices neg len', lambda: slice(1).indices(-1))
t('eq', lambda: (slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1) < slice(2)))
t('hash', lambda: hash(slice(1, 2)))
t('no args', lambda: slice())
class G:
    def __getitem__(self, k):
        return k
g = G()
t('getitem', lambda: (g[1:2], g[::3], g[1:2, 3], g[...], g[:, None], g['a':'b']))
t('step 0 list', lambda: [1, 2][slice(0, 2, 0)])
t('list via slice obj', lambda: [0, 1, 2, 3, 4][slice(1, None, 2)])
t('slice of str types', lambda: 'abcdef'[slice(None, None, -2)])
t('indices big', lambda: slice(-2**70, 2**70).indices(5))
