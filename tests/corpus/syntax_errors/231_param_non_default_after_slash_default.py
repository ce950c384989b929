# non-default after a defaulted positional-only parameter
def f(a=1, /, b):
    pass
