# generator state: gi_running while executing, ValueError "generator already executing" on re-entry, gi_yieldfrom.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def selfref():
    yield g.gi_running
    try:
        next(g)
    except ValueError as e:
        yield 'ValueError: ' + str(e)
g = selfref()
print(next(g), next(g), g.gi_running)
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
o = outer()
print(o.gi_yieldfrom)
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_code.co_name)
list(o)
print(o.gi_yieldfrom, o.gi_frame)
