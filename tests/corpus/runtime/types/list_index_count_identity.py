# list.index/count/remove/in use identity before equality; objects whose __eq__ raises are skipped only when identical.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Boom:
    def __eq__(self, o):
        raise RuntimeError('eq called')
b = Boom()
lst = [b, 1]
print(lst.index(b), b in lst, [b].count(b))
t('count compares every item', lambda: lst.count(b))
t('other object triggers eq', lambda: Boom() in lst)
lst.remove(b)
print(lst)
n = float('nan')
print([n].index(n), [n].count(n), (n,) == (n,), [n] == [float('nan')])
