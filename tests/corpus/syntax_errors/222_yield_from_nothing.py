# yield from without expression
def f():
    yield from
