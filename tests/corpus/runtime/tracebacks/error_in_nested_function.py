# uncaught error inside a nested function and a closure: <locals> does not appear, only the function name.
def outer():
    factor = 'x'
    def inner(v):
        return v * factor + 1
    return inner(3)
outer()
