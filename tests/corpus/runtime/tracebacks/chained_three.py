# three chained exceptions mixing cause and context.
def a():
    raise OSError('disk')
def b():
    try:
        a()
    except OSError as e:
        raise RuntimeError('b failed') from e
def c():
    try:
        b()
    except RuntimeError:
        raise LookupError('c failed')
c()
