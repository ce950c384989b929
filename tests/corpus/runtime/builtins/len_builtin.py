# len(): builtins, __len__ returning bool/negative/huge/non-int, objects without __len__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('builtins', lambda: [len(x) for x in ('', 'ab', [1], (1, 2), {1: 2}, {1, 2, 3}, b'xy', bytearray(3), range(10), {}.keys(), memoryview(b'ab'))])
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
t('custom', lambda: len(L(5)))
t('bool', lambda: len(L(True)))
t('negative', lambda: len(L(-1)))
t('huge', lambda: len(L(2**63)))
t('float', lambda: len(L(1.5)))
t('str', lambda: len(L('3')))
class I:
    def __index__(self):
        return 7
t('index obj', lambda: len(L(I())))
t('int', lambda: len(5))
t('gen', lambda: len(x for x in []))
t('none', lambda: len(None))
