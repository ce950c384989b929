import _weakref as weakref
import gc
class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"A({self.n})"
a = A(1)
r = weakref.ref(a)
print(r() is a, r is weakref.ref(a), weakref.getweakrefcount(a))
log = []
def cb(ref): log.append(('cb', ref is r2, ref()))
r2 = weakref.ref(a, cb)
r3 = weakref.ref(a, lambda ref: log.append('cb3'))
print(r2 is not r, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)), weakref.getweakrefs(a)[0] is r)
print(r2.__callback__ is cb, r.__callback__)
print(r == r2, r != r2, hash(r) == hash(a))
print(a.__weakref__ is r)
del a
gc.collect()
print(r(), r2(), log)
print(r2.__callback__)
try: hash(r2)
except TypeError as e: print('TypeError', e)
print(hash(r) is not None)
print(r == r2, r == r)
for o in [1, 'x', (1,), [1], {}, None, 2.5]:
    try: weakref.ref(o)
    except TypeError as e: print('TypeError', e)
class S(set): pass
print(weakref.ref(S())() is None or True)
def f(): pass
print(weakref.ref(f)() is f, weakref.ref(A)() is A, weakref.ref(set())() is None or True)
print(type(r).__name__, type(r).__module__, weakref.ref is weakref.ReferenceType)
class KR(weakref.ref):
    __slots__ = ('key',)
    def __new__(cls, ob, cb, key):
        self = weakref.ref.__new__(cls, ob, cb)
        self.key = key
        return self
    def __init__(self, ob, cb, key):
        super().__init__(ob, cb)
b = A(2)
k = KR(b, None, 'kk')
print(k.key, k() is b, type(k).__name__, k is not weakref.ref(b))
p = weakref.proxy(b)
print(p.n, p is weakref.proxy(b), type(p).__name__, str(p), p == b)
p.n = 5
print(b.n)
cp = weakref.proxy(f)
print(type(cp).__name__, cp())
try: hash(p)
except TypeError as e: print('TypeError', e)
try: weakref.proxy(1)
except TypeError as e: print('TypeError', e)
d = {'x': weakref.ref(b)}
weakref._remove_dead_weakref(d, 'x'); print(list(d))
del b, k
gc.collect()
try: p.n
except ReferenceError as e: print('ReferenceError', e)
weakref._remove_dead_weakref(d, 'x'); print(list(d))
weakref._remove_dead_weakref(d, 'nokey')
print(repr(r).startswith('<weakref at 0x'), repr(r).endswith('; dead>'))
c = A(3)
rc = weakref.ref(c)
print(repr(rc).split(';')[1].split(' at ')[0])
print(repr(weakref.ref(f)).split(';')[1].split(' at ')[0], repr(weakref.ref(f)).endswith('(f)>'))
# callback order and exceptions
order = []
e = A(4)
refs = [weakref.ref(e, lambda r, i=i: order.append(i)) for i in range(3)]
def bad(r): 1/0
rb = weakref.ref(e, bad)
del e
gc.collect()
print(order)
class D:
    def __del__(self): print('del D')
dd = D()
del dd
gc.collect()
print('after collect')
class E:
    def __del__(self): raise ValueError('boom')
ee = E(); del ee; gc.collect()
print(gc.is_finalized(c), gc.isenabled(), gc.get_threshold())
keep = D()
print('end')
