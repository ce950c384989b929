# / must be ahead of *
def f(a, *, b, /):
    pass
