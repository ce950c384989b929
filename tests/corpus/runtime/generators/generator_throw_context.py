# An exception thrown into a suspended generator or coroutine gets, as __context__, the exception the
# generator was handling when it suspended (and only that one).
import sys
def gen():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
g = gen(); next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print(repr(e), repr(e.__context__))
async def coro():
    try:
        raise KeyError("c")
    except KeyError:
        await aw()
class aw:
    def __await__(self):
        yield 5
c = coro(); c.send(None)
try:
    c.throw(ValueError("t2"))
except ValueError as e:
    print(repr(e), repr(e.__context__))
def g2():
    yield 1
x = g2(); next(x)
try:
    raise OSError("outer")
except OSError:
    try: x.throw(TypeError("tt"))
    except TypeError as e: print(repr(e), repr(e.__context__))
def inner():
    try:
        raise LookupError("in-inner")
    except LookupError:
        yield "i"
def outer():
    try:
        raise NameError("in-outer")
    except NameError:
        yield from inner()
o = outer(); next(o)
try:
    o.throw(RuntimeError("deep"))
except RuntimeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
def plain():
    yield 1
p = plain(); next(p)
try:
    raise OSError("handling")
except OSError:
    try:
        p.throw(ArithmeticError, "cls")
    except ArithmeticError as e:
        print(repr(e), repr(e.__context__))
