# The attribute sites' inline caches over instances without a dict: the same site meets instances whose
# values are inline, whose dict was made, whose attribute shadows a method or class attribute, and
# classes whose names grow after the site specialised.
class C:
    kind = 'class'
    def m(self):
        return 'method'
    @property
    def p(self):
        return 'property'
    def __init__(self, n):
        self.n = n

def read(o):
    return o.n, o.kind, o.m(), o.m.__name__, o.p

def write(o, v):
    o.n = v
    o.extra = v

objs = [C(i) for i in range(6)]
objs[1].__dict__                   # a dict made
objs[2].m = lambda: 'shadowing method'
objs[3].kind = 'instance'
del objs[4].n                      # a gap
objs[5].later = 1                  # a name the class gets after the sites specialised
for rnd in range(3):
    for o in objs:
        try:
            print(rnd, read(o))
        except AttributeError as ex:
            print(rnd, 'AttributeError', ex)
        write(o, rnd)
print([list(vars(o)) for o in objs])

# A name shadowing a method appears only after the site ran many times with the method.
class D:
    def f(self):
        return 'method'
ds = [D() for _ in range(3)]
seen = []
for i in range(200):
    o = ds[i % 3]
    if i == 150:
        ds[1].f = lambda: 'instance'
    seen.append(o.f())
print(seen[:3], seen[148:155], seen.count('instance'))

# __slots__ alongside __dict__, and a subclass adding names.
class Mixed:
    __slots__ = ('s', '__dict__')
    def __init__(self):
        self.s = 'slot'
        self.d = 'dict'
class Sub(C):
    def __init__(self, n):
        super().__init__(n)
        self.sub = True
for o in [Mixed(), Mixed()]:
    print(o.s, o.d, vars(o))
s = Sub(7)
print(read(s), vars(s), vars(C(8)))

# Stores in a loop: replacing values, then deleting and re-adding in another order.
class E:
    pass
e = E()
for i in range(50):
    e.a = i
    e.b = i * 2
    if i % 10 == 0:
        del e.a
        e.c = i
        e.a = -i
print(vars(e))
