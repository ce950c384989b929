# async generators driven manually: __anext__ awaitables, asend, athrow, aclose, StopAsyncIteration, ag_* attributes.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Tick:
    def __await__(self):
        return (yield 'tick')
async def agen():
    try:
        x = yield 1
        print('agen received', x)
        await Tick()
        yield 2
    finally:
        print('agen finally')
def step(aw, value=None):
    try:
        return ('suspended', aw.send(value))
    except StopIteration as e:
        return ('value', e.value)
    except StopAsyncIteration:
        return ('stop',)
ag = agen()
print(type(ag).__name__, ag.__name__, ag.ag_running, ag.ag_code.co_name)
print(step(ag.__anext__()))
aw = ag.asend('sent value')
print(step(aw))
print(step(aw))
print(step(ag.__anext__()))
ag2 = agen()
step(ag2.__anext__())
print(step(ag2.aclose()))
ag3 = agen()
step(ag3.__anext__())
try:
    print(step(ag3.athrow(ValueError('thrown'))))
except ValueError as e:
    print('athrow propagated', e)
async def collect():
    out = []
    async for v in simple():
        out.append(v)
    return out
async def simple():
    for i in range(3):
        yield i * i
print(step(collect()))
async def comp():
    return [v async for v in simple() if v]
print(step(comp()))
