# c[k] op= v and o.x op= v in loops (the VM fuses COPY/COPY/BINARY_SUBSCR, BINARY_OP/SWAP/SWAP/STORE_SUBSCR,
# COPY/LOAD_ATTR and BINARY_OP/SWAP/STORE_ATTR): every operand form, container kind and error, and where
# a failure is reported.
import sys

class Slotted:
    __slots__ = ('n', 'f')
    def __init__(self):
        self.n = 0
        self.f = 1.5

class Plain:
    def __init__(self):
        self.n = 0
        self.items = [0, 0, 0]

class WithProperty:
    def __init__(self):
        self._v = 2
    @property
    def v(self):
        print('  get v', self._v)
        return self._v
    @v.setter
    def v(self, value):
        print('  set v', value)
        self._v = value

class Counting(dict):
    def __missing__(self, key):
        print('  missing', key)
        return 100

class Logged:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print('  getitem', k)
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        print('  setitem', k, v)
        self.data[k] = v

def subscripts(n):
    l = [0, 1.0, 'a', (1,)]
    d = {'k': 0, 3: 1}
    grid = [[0] * 3 for _ in range(3)]
    step = 2
    for i in range(n):
        l[0] += i
        l[1] *= 1.5
        l[2] += 'b'
        l[3] += (i,)
        l[-1] += ()
        d['k'] -= step
        d[3] <<= 1
        grid[i % 3][(i + 1) % 3] += i * step + 1
        grid[1][1] **= 1
        d[i % 2] = d.get(i % 2, 0) | i
    return l, d, grid

def attributes(n):
    s, p = Slotted(), Plain()
    step = 3
    for i in range(n):
        s.n += i
        s.f *= 2
        p.n -= step
        p.items[i % 3] += p.n
        p.n //= 1
    return s.n, s.f, p.n, p.items

print(subscripts(5))
print(attributes(6))
w = WithProperty()
for _ in range(2):
    w.v += 1
c = Counting()
for k in 'ab':
    c[k] += 1
print(sorted(c.items()))
g = Logged()
for k in ('x', 'x', ('t', 1)):
    g[k] += 5
print(g.data)

def fails(label, f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print(label, type(e).__name__, e, 'line', tb.tb_lineno - f.__code__.co_firstlineno)

def index_error():
    l = [1, 2]
    for i in range(3):
        l[i] += 1
def key_error():
    d = {'a': 1}
    for k in 'ab':
        d[k] += 1
def type_error_op():
    l = [1, 'x']
    for i in range(2):
        l[i] += 1
def tuple_store():
    t = (1, 2)
    for i in range(2):
        t[i] += 0
def attr_missing():
    s = Slotted()
    del s.n
    for i in range(2):
        s.n += 1
def attr_type():
    p = Plain()
    for v in (1, None):
        p.n += v
def attr_readonly():
    for i in range(2):
        i.real += 1

for f in (index_error, key_error, type_error_op, tuple_store, attr_missing, attr_type, attr_readonly):
    fails(f.__name__, f)

def uncaught():
    grid = [[1, 2], [3]]
    for row in grid:
        row[1] *= 10
    return grid
uncaught()
