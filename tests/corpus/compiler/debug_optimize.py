if __debug__:
    x = 1
assert x
def f():
    return __debug__
