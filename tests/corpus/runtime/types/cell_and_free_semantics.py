# cells: class body cells (__class__), cells in comprehensions capturing loop vars, free variables of nested classes.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def f():
    x = 'enclosing'
    class Inner:
        y = x
        def m(self):
            return x, __class__.__name__
    return Inner
I = f()
print(I.y, I().m(), [c.cell_contents for c in I.m.__closure__] if False else len(I.m.__closure__))
def comp():
    fns = [lambda: v for v in range(3)]
    return [fn() for fn in fns], fns[0].__code__.co_freevars
print(comp())
def shadow():
    v = 1
    def g():
        return [v for v in range(2)], v
    return g()
print(shadow())
