# sys.settrace with generators, yield from, coroutines driven by hand, close() and throw()
import sys

log = []

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'exception':
        detail = arg[0].__name__
    elif event == 'return':
        detail = repr(arg)
    else:
        detail = ''
    log.append(f"{name}:{event}:{frame.f_lineno - base}:{detail}")
    return tracer

base = sys._getframe().f_lineno

def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print('got', x)
    return 'done'

def delegator():
    r = yield from gen(2)
    yield r

def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')

class Awaitable:
    def __await__(self):
        yield 'suspended'
        return 7

async def coro():
    v = await Awaitable()
    return v + 1

def genexp_user():
    return sum(x for x in range(3))

sys.settrace(tracer)
print(list(gen(2)))
g = gen(3)
next(g)
g.send('hello')
print(list(delegator()))
g2 = gen_with_finally()
next(g2)
g2.close()
g3 = gen_with_finally()
next(g3)
try:
    g3.throw(ValueError('x'))
except ValueError:
    print('thrown out')
c = coro()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('coro result', e.value)
print(genexp_user())
sys.settrace(None)
g.close()

for line in log:
    print(line)
