# __getitem__ receiving slices, tuples of slices, Ellipsis and negative indices unchanged (no automatic adjustment).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Show:
    def __getitem__(self, key):
        return key
    def __len__(self):
        return 10
s = Show()
print(s[1], s[-1], s[1:2], s[:], s[::-1], s[1:2:3], s[1, 2], s[1:2, ::3], s[...], s[..., 0], s[()], s[None], s['k'], s[:, :])
class SetShow:
    def __setitem__(self, key, value):
        print('set', key, value)
    def __delitem__(self, key):
        print('del', key)
ss = SetShow()
ss[1:2] = 'x'
ss[-1] = 'y'
ss[1, 2:3] = 'z'
del ss[::2]
del ss[...]
