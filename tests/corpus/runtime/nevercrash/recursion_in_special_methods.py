# recursion through __hash__, __len__, __iter__ and __init__ chains raises RecursionError, and the interpreter recovers for the next statement.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class H:
    def __hash__(self):
        return hash(self)
class L:
    def __len__(self):
        return len(self)
class I:
    def __iter__(self):
        return iter(self)
class N:
    def __init__(self):
        N()
for label, fn in [('hash', lambda: hash(H())), ('len', lambda: len(L())), ('iter', lambda: iter(I())), ('init', lambda: N())]:
    try:
        fn()
        print(label, 'no error')
    except RecursionError as e:
        print(label, 'RecursionError', e)
print(sum(range(10)))
