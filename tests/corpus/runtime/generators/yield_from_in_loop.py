# yield from a plain generator (which the VM runs in its own loop): values, sends, return values, PEP 479,
# exceptions through the delegation, exception state, deep chains.
def inner(n):
    for i in range(n):
        x = yield i
        if x is not None: print('inner got', x)
    return 'inner-done'
def outer():
    r = yield from inner(3)
    print('result', r)
    r2 = yield from (i * 10 for i in range(2))
    print('result2', r2)
    try:
        yield from bad()
    except RuntimeError as e:
        print('RuntimeError', e, type(e.__cause__).__name__)
    try:
        yield from raiser()
    except KeyError as e:
        print('KeyError', e)
    return 'outer-done'
def bad():
    yield 1
    raise StopIteration('x')
def raiser():
    yield 2
    raise KeyError('k')
print(list(outer()))
g = outer()
print(next(g), g.send('hello'), next(g))
def fresh():
    yield from inner(2)
g2 = fresh(); print(next(g2))
def sender():
    g = inner(2)
    r = yield from g
    return r
s = sender(); print(next(s)); print(s.send(5))
try: print(s.send(6))
except StopIteration as e: print('stop', e.value)
import sys
def deep(n):
    if n == 0:
        yield 'bottom'
        return 'ret'
    r = yield from deep(n - 1)
    return r
print(list(deep(50)))
def exc_state():
    try:
        raise ValueError('v')
    except ValueError:
        yield from inner(1)
        print(sys.exc_info()[0].__name__)
print(list(exc_state()))
def chained(n):
    yield from range(n)
    yield from inner(n)
print(sum(chained(100)))
