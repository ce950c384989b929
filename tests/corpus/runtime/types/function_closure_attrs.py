# function __closure__ tuples of cells, co_freevars order, cells shared between closures, cell_contents assignment.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def outer():
    a, b = 1, 2
    def f():
        return a + b
    def g():
        nonlocal a
        a += 10
        return a
    return f, g
f, g = outer()
print(f.__code__.co_freevars, len(f.__closure__), [c.cell_contents for c in f.__closure__], g.__code__.co_freevars)
print(f(), g(), f(), f.__closure__[0] is g.__closure__[0])
f.__closure__[1].cell_contents = 100
print(f())
print(outer.__code__.co_cellvars, outer.__closure__)
t('set closure', lambda: setattr(f, '__closure__', None))
