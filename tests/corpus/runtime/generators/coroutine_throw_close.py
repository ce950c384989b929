# coroutines: throw() at an await point, close() running finally blocks, awaiting an already-awaited coroutine.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Suspend:
    def __await__(self):
        yield 'suspended'
async def worker():
    try:
        await Suspend()
    except ValueError as e:
        print('worker caught', e)
        await Suspend()
        return 'after recovery'
    finally:
        print('worker finally')
c = worker()
print(c.send(None))
print(c.throw(ValueError('injected')))
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
c2 = worker()
c2.send(None)
c2.close()
async def inner():
    return 'inner'
async def awaits_twice():
    co = inner()
    first = await co
    second = await co
    return first, second
def drive(co):
    try:
        while True:
            co.send(None)
    except StopIteration as e:
        return e.value
t('await twice', lambda: drive(awaits_twice()))
