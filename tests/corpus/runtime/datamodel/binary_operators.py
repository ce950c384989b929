# binary operators on user classes: every dunder, reflected forms, NotImplemented fallback, subclass-first rule, error messages.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or']
class V:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return self.tag
for op in ops:
    setattr(V, '__%s__' % op, (lambda op: lambda self, o: (self.tag, op, o))(op))
    setattr(V, '__r%s__' % op, (lambda op: lambda self, o: (self.tag, 'r' + op, o))(op))
v = V('v')
print(v + 1, v - 1, v * 1, v @ 1, v / 1, v // 1, v % 1, divmod(v, 1), v ** 1, v << 1, v >> 1, v & 1, v ^ 1, v | 1)
print(1 + v, 1 - v, 1 * v, 1 @ v, 1 / v, 1 // v, 1 % v, divmod(1, v), 1 ** v, 1 << v, 1 >> v, 1 & v, 1 ^ v, 1 | v)
class N:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return 'N.radd'
class M:
    def __add__(self, o):
        return NotImplemented
print(M() + N())
t('same type no reflection', lambda: N() + N())
t('both notimpl', lambda: M() + M())
t('int + M', lambda: 1 + M())
t('M - 1', lambda: M() - 1)
t('str * M', lambda: 'a' * M())
t('unsupported pow', lambda: pow(M(), 2))
t('unsupported 3 pow', lambda: pow(M(), 2, 3))
t('matmul ints', lambda: 1 @ 2)
t('list - list', lambda: [1] - [1])
t('none + int', lambda: None + 1)
class Base:
    def __add__(self, o):
        return 'Base.add'
    def __radd__(self, o):
        return 'Base.radd'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.radd'
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class SameRadd(Base):
    pass
print(Base() + SameRadd())
class Order:
    def __init__(self, n):
        self.n = n
    def __sub__(self, o):
        return ('sub', self.n, o.n)
    def __rsub__(self, o):
        return ('rsub', self.n, o.n)
print(Order(1) - Order(2))
