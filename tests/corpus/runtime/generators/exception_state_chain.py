# The exception being handled inside and outside running generators: sys.exception() through nested
# generators, yield from, throw(), a bare raise, __context__ chaining, resumption outside any handler.
import sys
def g():
    try:
        raise KeyError("in")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
try:
    raise ValueError("out")
except ValueError:
    it = g()
    print(repr(next(it)))
    print(repr(sys.exc_info()[1]))
print(repr(next(it)), repr(sys.exc_info()[1]))
print(repr(next(it)))
for x in g(): print(repr(x), repr(sys.exc_info()[1]))
try:
    raise TypeError("t")
except TypeError:
    for x in g(): print(repr(x), repr(sys.exc_info()[1]))
    print(list(g()), sum(1 for _ in g()))
import sys
def inner():
    yield repr(sys.exception())
    try:
        raise OSError("inner")
    except OSError:
        yield repr(sys.exception())
    yield repr(sys.exception())
def outer():
    try:
        raise KeyError("outer-gen")
    except KeyError:
        for v in inner():
            yield v
    yield from inner()
try:
    raise ValueError("top")
except ValueError:
    for v in outer(): print(v)
for v in outer(): print(v)
def raiser():
    yield 1
    raise TypeError("from gen")
try:
    raise ValueError("ctx")
except ValueError:
    try:
        list(raiser())
    except TypeError as e:
        print("ctx:", repr(e.__context__))
g = raiser()
next(g)
try:
    raise ValueError("ctx2")
except ValueError:
    try:
        next(g)
    except TypeError as e:
        print("ctx2:", repr(e.__context__))
def bare():
    yield 1
    raise
try:
    raise IndexError("bare")
except IndexError:
    try:
        list(bare())
    except IndexError as e:
        print("bare:", repr(e))
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught in gen", repr(e), repr(e.__context__), repr(sys.exception()))
c = catcher(); next(c)
try:
    raise KeyError("handled-outside")
except KeyError:
    c.throw(RuntimeError("thrown"))
c.throw(RuntimeError("thrown2"))
def rec(n):
    if n: 
        yield from rec(n - 1)
    else:
        try:
            raise ZeroDivisionError
        except ZeroDivisionError:
            yield repr(sys.exception())
        yield repr(sys.exception())
print(list(rec(5)))
try:
    raise NameError("x")
except NameError:
    print(list(rec(3)), sum(len(s) for s in rec(2)))
