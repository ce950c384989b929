# mappingproxy: class __dict__ and view.mapping, read-only forwarding.
def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, '!', type(e).__name__, e.args)

class A:
    x = 1
    def f(self):
        return 2
mp = A.__dict__
print(type(mp).__name__, mp['x'], 'x' in mp, 'zz' in mp, mp.get('x'), mp.get('zz'), mp.get('zz', 5))
show('missing', lambda: mp['zz'])
show('setitem', lambda: mp.__class__)
def setit():
    mp['y'] = 1
show('assign', setit)
def delit():
    del mp['x']
show('delete', delit)
d = {'b': 2, 'a': 1}
p = d.keys().mapping
print(p, repr(p), str(p), len(p), list(p), list(p.keys()), list(p.values()), list(p.items()))
print(p.copy(), type(p.copy()).__name__, p | {'c': 3}, {'c': 3} | p, p == d, p != d)
print(list(p.__reversed__()))
def ior():
    q = p
    q |= {'z': 0}
show('ior', ior)
show('hash', lambda: hash(p))
show('get none', lambda: p.get())
d['new'] = 0
print(p, len(p))
show('attr', lambda: p.mapping)
