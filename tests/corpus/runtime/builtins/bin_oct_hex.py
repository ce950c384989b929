# bin(), oct(), hex(): ints, negatives, big values, bools, __index__, and non-integers.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for v in [0, 1, -1, 7, -8, 255, 256, 2**64, -(2**100), True]:
    print(v, bin(v), oct(v), hex(v))
class I:
    def __index__(self):
        return 42
t('index', lambda: (bin(I()), oct(I()), hex(I())))
t('float', lambda: hex(1.5))
t('str', lambda: bin('1'))
t('none', lambda: oct(None))
class BadIndex:
    def __index__(self):
        return 'x'
t('bad index', lambda: hex(BadIndex()))
