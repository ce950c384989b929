# list: indexing and slicing, slice assignment (grow/shrink/extended), slice deletion, negative steps.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

base = list(range(10))
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, None, -1), slice(1, 8, 3), slice(8, 1, -2), slice(100, 200),
           slice(-100, 3), slice(5, 2), slice(None, None, 4), slice(-1, -10, -3)]:
    print(sl, base[sl])
a = base[:]
a[2:5] = ['x']
print(a)
a[1:1] = [100, 200]
print(a)
a[:] = 'abc'
print(a)
a = base[:]
a[::2] = [0] * 5
print(a)
a[::-3] = 'wxyz'
print(a)
del a[::2]
print(a)
del a[1:3]
print(a)
del a[-1]
print(a)
t('ext slice size', lambda: base[:].__setitem__(slice(None, None, 2), [1]))
t('assign non iter', lambda: base[:].__setitem__(slice(0, 2), 5))
t('index error', lambda: base[10])
t('neg index error', lambda: base[-11])
t('assign index error', lambda: base[:].__setitem__(10, 1))
t('del index error', lambda: base[:].__delitem__(10))
t('type index', lambda: base['1'])
t('step zero', lambda: base[::0])
t('big slice', lambda: base[2**100:])
class Idx:
    def __index__(self):
        return 3
t('index obj', lambda: (base[Idx()], base[Idx():], base[:Idx()]))
a = [1, 2, 3]
a[1:2] = a
t('self assign', lambda: a)
b = [1, 2, 3, 4]
b[len(b):] = [5]
b[-1:] = []
t('append via slice', lambda: b)
