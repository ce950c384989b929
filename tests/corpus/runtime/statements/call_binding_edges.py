# Argument binding corners the VM's call paths take: positional-only names passed by keyword (all
# listed), keyword-only defaults after __kwdefaults__ is mutated or replaced, __code__ assignment
# checked against the closure, and recursion whose frames end by return, by exception and escaped.
import sys

def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def f(a, b, /, c=3, *, d=4):
    return a, b, c, d
show("posonly ok", lambda: f(1, 2))
show("posonly both", lambda: f(a=1, b=2))
show("posonly one", lambda: f(1, b=2))
show("posonly with unknown", lambda: f(1, b=2, x=3))
show("unknown", lambda: f(1, 2, e=1))
show("too many", lambda: f(1, 2, 3, 4))
def fk(a, /, **kw):
    return a, kw
show("posonly into **kw", lambda: fk(1, a=2))

def g(a, b=2, *, c, d=5):
    return a, b, c, d
show("kwonly given", lambda: g(1, c=3))
show("kwonly missing", lambda: g(1))
show("kwonly reordered", lambda: g(1, 2, d=1, c=0))
g.__kwdefaults__["d"] = 9
show("kwdefault replaced value", lambda: g(1, c=3))
g.__kwdefaults__ = {"c": 7}
show("kwdefaults replaced dict", lambda: g(1))
g.__kwdefaults__["d"] = 8
show("kwdefault added", lambda: g(1))
del g.__kwdefaults__["c"]
show("kwdefault deleted", lambda: g(1))
g.__kwdefaults__ = None
show("kwdefaults None", lambda: g(1, c=1))

def h(*, x=1, y=2, z=3):
    return x, y, z
show("kwonly all defaults", lambda: (h(), h(y=5), h(z=0, x=9)))
h.__kwdefaults__ = {"z": 1, "y": 2, "x": 3}
show("kwdefaults other order", lambda: (h(), h(y=5)))
h.__kwdefaults__ = {sys.intern("".join(["x"])): 10, "q": 0}
show("kwdefaults other key object", lambda: h(y=0, z=0))

def outer():
    x = 1
    def inner():
        return x
    return inner
def plain():
    return 2
def other():
    return 3
fn = outer()
def assign(target, source):
    target.__code__ = source.__code__
    return target()
show("code needs free vars", lambda: assign(plain, fn))
show("code has free vars", lambda: assign(fn, plain))
show("code same shape", lambda: assign(plain, other))
show("code closure to closure", lambda: assign(outer(), fn))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print("fib", fib(18))

def rec(n):
    if n == 0:
        raise ValueError(n)
    return rec(n - 1)
for i in range(3):
    try:
        rec(4 + i)
    except ValueError as e:
        tb, depth = e.__traceback__, 0
        while tb is not None:
            depth += 1
            tb = tb.tb_next
        print("traceback depth", depth)
print("fib after raise", fib(15))

def deep(n):
    if n == 0:
        return sys._getframe()
    return deep(n - 1)
frames = [deep(k) for k in range(4)]
print("escaped frames", [fr.f_code.co_name for fr in frames], len(set(map(id, frames))))
print("fib after escape", fib(16))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class Bad:
    def __init__(self, x):
        return x
show("init frame", lambda: vars(Point(1, y=2)))
show("init returns value", lambda: Bad(5))
show("init arity", lambda: Point(1))
