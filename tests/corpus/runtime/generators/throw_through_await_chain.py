# throw() into a chain of delegating generators and coroutines: the frames seen from the innermost one
# (each delegating frame stands on the stack, gh-93592), an exhausted coroutine refusing reuse, docstrings
# of the generator and coroutine methods, and PEP 479's message for an async generator.
import sys


def depth():
    f = sys._getframe(1)
    n = 0
    names = []
    while f:
        n += 1
        names.append(f.f_code.co_name)
        f = f.f_back
    return n, names[:4]


def inner():
    try:
        yield depth()
    except KeyError:
        yield depth()


def middle():
    return (yield from inner())


def outer():
    return (yield from middle())


g = outer()
print('send ', next(g))
print('throw', g.throw(KeyError))


class Awaitable:
    def __await__(self):
        return (yield from inner())


async def b():
    return await Awaitable()


async def a():
    return await b()


coro = a()
print('coro send ', coro.send(None))
print('coro throw', coro.throw(KeyError))
coro.close()


async def done():
    return 'spam'


async def reader(c):
    return await c


c = done()
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value)
for action in ('send', 'throw', 'close'):
    try:
        if action == 'send':
            print(c.send(None))
        elif action == 'throw':
            print(c.throw(ValueError('wat')))
        else:
            print(c.close())
    except BaseException as e:
        print(action, type(e).__name__, e, repr(e.__context__))
r = reader(c)
try:
    r.send(None)
except RuntimeError as e:
    print('reader', e)

gen_type = type(outer())
coro_type = type(c)
for t in (gen_type, coro_type):
    for name in ('send', 'throw', 'close', '__name__', '__qualname__'):
        print(t.__name__, name, repr(t.__dict__[name].__doc__))


async def agen():
    raise StopIteration
    yield


ag = agen()
try:
    ag.asend(None).send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


# An __anext__() awaitable resumed by next() after a throw(): the generator receives None.
class Yield:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return (yield self.v)


class MyError(Exception):
    pass


async def agenfn():
    try:
        await Yield(1)
    except MyError:
        await Yield(2)
    return
    yield


agen2 = agenfn()
step = type(agen2).__anext__(agen2)
print(step.send(None), step.throw(MyError, MyError(), None))
try:
    next(step)
except StopAsyncIteration:
    print('StopAsyncIteration')


# frame.clear() on a suspended generator's frame closes the generator.
log = []


def suspended():
    try:
        yield 1
        yield 2
    finally:
        log.append('finally')


sg = suspended()
next(sg)
sg.gi_frame.clear()
print(log, sg.gi_frame, sg.gi_running)


# throw(cls) where making the instance fails: that error is what the generator receives.
class BadNew(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


class BadInit(Exception):
    def __init__(self):
        raise KeyError('init')


def catcher():
    try:
        yield
    except Exception as e:
        print('inside', type(e).__name__, e)
        yield 'caught'


def boring():
    yield


for cls in (BadNew, BadInit):
    b = boring()
    try:
        b.throw(cls)
    except Exception as e:
        print(type(e).__name__, e)
    print(next(b, 'finished'))
    c = catcher()
    next(c)
    print(c.throw(cls))
