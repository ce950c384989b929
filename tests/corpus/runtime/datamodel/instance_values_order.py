# Instance attributes kept without a dict (CPython 3.11's shared keys): __dict__ order after sets and deletes,
# two instances setting names in different orders, the dict made on first use and shared with attribute access.
class P:
    pass

a = P(); a.x = 1; a.y = 2; a.z = 3
b = P(); b.z = 1; b.y = 2; b.x = 3          # the reverse of the keys' order
c = P(); c.y = 1                              # a gap before it
print(vars(a), vars(b), vars(c))

d = P(); d.x = 1; d.y = 2; d.z = 3
del d.x; d.x = 4                             # delete then re-add: last
print(list(d.__dict__))
e = P(); e.x = 1; e.y = 2; e.z = 3
del e.z; e.z = 5; del e.y; e.w = 6; e.y = 7
print(list(e.__dict__.items()))
f = P(); f.z = 1; f.x = 2; del f.z; f.y = 3; f.z = 4; del f.x; del f.y; f.x = 9
print(vars(f))

# The dict, once asked for, is where the attributes live: both ways round.
g = P(); g.x = 1
dg = g.__dict__
g.y = 2
dg['z'] = 3
print(g.z, dg, g.__dict__ is dg)
del g.x
dg.pop('y')
print(dg, hasattr(g, 'x'), hasattr(g, 'y'))
dg[1] = 'int key'                            # not a str: only through the dict
print(vars(g))

# More names than the shared keys take (30): the instance gets a dict, the order holds.
h = P()
for i in range(35):
    setattr(h, 'n%d' % (34 - i), i)
print(list(vars(h))[:3], list(vars(h))[-3:], len(vars(h)), h.n0, h.n34)
i2 = P(); i2.n5 = 'x'; i2.fresh = 'y'
print(vars(i2))

# A str subclass as a name.
class S(str):
    pass
j = P(); j.q = 0; setattr(j, S('s'), 1)
print(j.s, vars(j), [type(k).__name__ for k in vars(j)])

# __dict__ replaced and deleted, __class__ changed.
k = P(); k.x = 1; k.y = 2
k.__dict__ = {'only': 1}
print(vars(k), getattr(k, 'x', 'gone'))
k.more = 2
print(vars(k))
del k.__dict__
print(vars(k))
k.x = 5
class Q:
    pass
k.__class__ = Q
k.y = 6
print(type(k).__name__, vars(k))
try:
    k.__dict__ = []
except TypeError as ex:
    print('TypeError', ex)

# AttributeError messages.
m = P(); m.x = 1
for f_ in (lambda: m.nope, lambda: delattr(m, 'nope'), lambda: delattr(P(), 'x')):
    try:
        f_()
    except AttributeError as ex:
        print('AttributeError', ex)
del m.x
try:
    del m.x
except AttributeError as ex:
    print('AttributeError', ex)
print(vars(m))

# More values than the object holds inside itself (the rest in an array), set by sites and by setattr.
class Big:
    def __init__(self, n):
        for i in range(n):
            setattr(self, 'a%d' % i, i)
bigs = [Big(n) for n in (10, 3, 12, 0, 8)]
for o in bigs:
    print(vars(o))
o = bigs[1]; o.a11 = 'late'; o.a2 = 'two'; del o.a0; o.a0 = 'zero'
print(vars(o), o.a11)
class Many:
    pass
many = Many()
for i in range(8):
    setattr(many, 'k%d' % i, i)
def reads(x):
    return x.k7, x.k6, x.k0
for _ in range(3):
    print(reads(many))
m2 = Many(); m2.k7 = 'only7'
for _ in range(3):
    print(m2.k7, vars(m2))
