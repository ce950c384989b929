# __bool__ and __len__: truth testing order, invalid return types, negative lengths, bool() vs if/while/not.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), not L(0), 'y' if L(2) else 'n')
t('bool returns int', lambda: bool(B(1)))
t('bool returns none', lambda: bool(B(None)))
t('len negative', lambda: bool(L(-1)))
t('len float', lambda: bool(L(1.5)))
t('len huge', lambda: bool(L(2**64)))
t('not bad', lambda: not B('x'))
t('if bad', lambda: 1 if B(0) else 2)
t('and bad', lambda: B(0) and 1)
t('while bad', lambda: [None for _ in range(1) if B([])])
class Empty:
    pass
print(bool(Empty()))
class BoolNone:
    __bool__ = None
t('bool is None', lambda: bool(BoolNone()))
