# str() and repr() of exceptions raised by the runtime itself (caught), compared across a table of failing operations.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

ops = [lambda: [][1], lambda: {}['k'], lambda: 1 / 0, lambda: int('z'), lambda: None.x, lambda: undefined, lambda: (1).__len__,
       lambda: iter(1), lambda: 'a' + 1, lambda: [].pop(), lambda: chr(-1), lambda: b'\xff'.decode(), lambda: 'é'.encode('ascii'),
       lambda: (lambda: (yield))().throw(ValueError), lambda: next(iter([])), lambda: [1, 2].index(3), lambda: {}.popitem()]
for op in ops:
    try:
        op()
    except BaseException as e:
        print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
