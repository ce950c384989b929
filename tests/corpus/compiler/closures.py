def outer():
    x = 1
    y = 2
    def inner():
        nonlocal x
        x += 1
        return x + y
    def other():
        return y
    return inner, other

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

g = 0
def setg():
    global g
    g = 1
