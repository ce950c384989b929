# del: names, attributes, subscripts, slices, tuples of targets, and the errors for unbound names.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = 1
del a
t('deleted', lambda: a)
b, c, d = 1, 2, 3
del b, c
print('d' in globals(), 'b' in globals())
lst = list(range(10))
del lst[0], lst[-1]
del lst[::2]
print(lst)
dd = {'x': 1, 'y': 2}
del dd['x']
print(dd)
class O:
    pass
o = O()
o.attr = 1
del o.attr
t('attr deleted', lambda: o.attr)
def unbound():
    del zz
t('del unbound global', unbound)
def local_twice():
    v = 1
    del v
    del v
t('del twice', local_twice)
def use_after():
    v = 1
    del v
    return v
t('use after del', use_after)
t('del missing key', lambda: exec('del dd["nope"]', {'dd': {}}))
t('del missing attr', lambda: exec('del o.nope', {'o': O()}))
(e, [f]) = (1, [2])
del (e, [f])
print('e' in globals(), 'f' in globals())
def del_free():
    x = 1
    def inner():
        nonlocal x
        del x
    inner()
    try:
        return x
    except NameError as err:
        return str(err)
t('del nonlocal', del_free)
