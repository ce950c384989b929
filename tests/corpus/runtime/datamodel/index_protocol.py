# __index__: used by slicing, indexing, range, bin/hex, operator conversions; __int__ not accepted where __index__ is needed.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class OnlyInt:
    def __int__(self):
        return 2
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(4)], range(Idx(5))[-1], bin(Idx(5)), 'abc' * Idx(2), [0] * Idx(3), hex(Idx(255)))
print(int(Idx(7)), float(Idx(7)) if False else 'skip', complex(Idx(2)) if False else 'skip', (1).__lshift__(Idx(2)) if False else 'skip')
t('list int only', lambda: lst[OnlyInt()])
t('range int only', lambda: range(OnlyInt()))
t('index returns str', lambda: lst[Idx('1')])
class IdxSub(int):
    pass
t('slice with non index', lambda: lst[1.5:])
t('operator shift', lambda: 1 << Idx(3))
t('round ndigits', lambda: round(1.2345, Idx(2)))
t('bytes from index', lambda: bytes(Idx(2)))
t('chr', lambda: chr(Idx(97)))
t('pow mod', lambda: pow(2, Idx(10), Idx(1000)))
t('int() base', lambda: int('11', Idx(2)))
t('str.center', lambda: 'x'.center(Idx(5), '*'))
