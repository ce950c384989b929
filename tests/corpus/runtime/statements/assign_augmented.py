# augmented assignment: every operator, on names/attributes/subscripts, in-place dunders vs fallback, evaluation count.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

v = 10
v += 5; v -= 3; v *= 2; v //= 5; v **= 3; v %= 7; v <<= 4; v >>= 1; v |= 1; v &= 0xff; v ^= 0b101
print(v)
f = 7.0
f /= 2
print(f)
s = 'ab'
s *= 3
s += 'c'
print(s)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias, lst is alias)
tup = (1,)
talias = tup
tup += (2,)
print(tup, talias)
class Box:
    def __init__(self):
        self.n = 0
b = Box()
b.n += 5
d = {'k': 1}
d['k'] += 10
print(b.n, d)
calls = []
def key():
    calls.append('key')
    return 'k'
def target():
    calls.append('target')
    return d
target()[key()] += 1
print(d, calls)
class I:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return 'plain add'
class NoI:
    def __add__(self, o):
        return 'plain add used'
i = I(1)
j = i
i += 5
n = NoI()
n += 1
print(i.v, j is i, n)
class IR:
    def __iadd__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return 'radd'
t('iadd notimpl', lambda: (lambda x: (x.__iadd__(1)))(IR()))
def aug_notimpl():
    x = 1
    x += IR()
    return x
t('fallback radd', aug_notimpl)
def bad():
    x = 'a'
    x -= 1
t('bad type', bad)
def tuple_item():
    t = ([1],)
    try:
        t[0] += [2]
    except TypeError as e:
        return str(e), t
t('tuple item', tuple_item)
v = 2
class M:
    def __matmul__(self, o):
        return 'matmul'
    def __imatmul__(self, o):
        return 'imatmul'
m = M()
m @= 1
print(m)
