# Carets under a failing attribute access in a chain.
def f():
    x = 1
    return x.y.z
f()
