# in-place operators on user classes: every __iop__, fallback to __op__ and __rop__, NotImplemented from __iop__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

ops = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or']
class I:
    def __init__(self):
        self.log = []
for op in ops:
    setattr(I, '__i%s__' % op, (lambda op: lambda self, o: (self.log.append(op), self)[1])(op))
x = I()
x += 1; x -= 1; x *= 1; x @= 1; x /= 1; x //= 1; x %= 1; x **= 1; x <<= 1; x >>= 1; x &= 1; x ^= 1; x |= 1
print(x.log)
class OnlyBinary:
    def __add__(self, o):
        return 'binary add'
y = OnlyBinary()
y += 1
print(y)
class IRetNI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fell back to add'
z = IRetNI()
z += 1
print(z)
class RightOnly:
    def __rmul__(self, o):
        return 'rmul from ' + repr(o)
w = 3
w *= RightOnly()
print(w)
def bad():
    q = object()
    q += 1
t('no iadd', bad)
def bad_pow():
    q = object()
    q **= 2
t('no ipow', bad_pow)
class ReturnsOther:
    def __iadd__(self, o):
        return 'replaced'
r = ReturnsOther()
r += 1
print(r)
