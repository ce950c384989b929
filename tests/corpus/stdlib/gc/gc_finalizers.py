# __del__ runs when an object dies (gc.collect() makes that happen now), once; exceptions in it are
# reported as unraisable; weakref callbacks run before collect() returns; objects alive at exit get
# their __del__ at shutdown.
import gc
import _weakref

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

a = Noisy('a')
del a
gc.collect()
print('after a')

# A reference cycle is collected too (the order within a cycle is unspecified).
dead = []
class Quiet:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        dead.append(self.name)
x = Quiet('x'); y = Quiet('y')
x.other = y; y.other = x
del x, y
gc.collect()
print('after cycle', sorted(dead))

class Resurrect:
    saved = []
    def __del__(self):
        print('resurrecting')
        Resurrect.saved.append(self)
r = Resurrect()
del r
gc.collect()
print(len(Resurrect.saved), gc.is_finalized(Resurrect.saved[0]))
Resurrect.saved.clear()
gc.collect()
print('resurrected object not finalized twice')

class Broken:
    def __del__(self):
        raise ValueError('broken __del__')
b = Broken()
del b
gc.collect()
print('after broken')

events = []
class Target:
    pass
t = Target()
w1 = _weakref.ref(t, lambda ref: events.append('w1'))
w2 = _weakref.ref(t, lambda ref: events.append('w2'))
del t
gc.collect()
print(events, w1(), w2())

def callback_raises(ref):
    raise KeyError('in callback')
t2 = Target()
w3 = _weakref.ref(t2, callback_raises)
del t2
gc.collect()
print('after failing callback')

class Sub(list):
    def __del__(self):
        print('del list subclass', len(self))
s = Sub([1, 2, 3])
del s
gc.collect()

obj = object.__new__(Noisy)
obj.name = 'made by object.__new__'
del obj
gc.collect()

keep = Noisy('kept until exit')
print('end of program')
