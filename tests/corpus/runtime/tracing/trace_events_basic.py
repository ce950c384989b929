# sys.settrace: call, line, return and exception events for plain functions, loops, try/except/finally, with, classes
import sys

log = []

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'return':
        detail = repr(arg)
    elif event == 'exception':
        detail = arg[0].__name__ + ': ' + str(arg[1])
    else:
        detail = ''
    log.append(f"{name}:{event}:{frame.f_lineno - base}:{detail}")
    return tracer

base = sys._getframe().f_lineno

def simple(a, b):
    c = a + b
    return c * 2

def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            total -= 1
    while n > 0:
        n -= 1
    else:
        total += 100
    return total

def raises():
    x = 1
    raise KeyError('k')

def catcher():
    try:
        raises()
    except KeyError as e:
        r = 'caught ' + str(e)
    finally:
        r2 = 'finally'
    return r, r2

class Ctx:
    def __repr__(self):
        return 'Ctx()'
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True

def with_stmt():
    with Ctx() as c:
        y = 1
        1 / 0
    return 'after'

def comprehension(n):
    return [i * i for i in range(n) if i != 1]

def lam():
    f = lambda x: (x +
                   1)
    return f(2)

def nested():
    def inner(v):
        return v + 1
    return inner(inner(1))

def make_class():
    class K:
        a = 1
        def m(self):
            return self.a
    return K().m()

def uncaught():
    def deep():
        return {}['missing']
    return deep()

sys.settrace(tracer)
simple(1, 2)
loop(3)
catcher()
with_stmt()
comprehension(3)
lam()
nested()
make_class()
try:
    uncaught()
except KeyError:
    pass
sys.settrace(None)

for line in log:
    print(line)
print(sys.gettrace())
