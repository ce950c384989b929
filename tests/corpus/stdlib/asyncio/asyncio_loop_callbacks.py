import asyncio

def cb(tag, log):
    log.append(tag)

loop = asyncio.new_event_loop()
log = []
loop.call_soon(cb, 'soon1', log)
loop.call_later(0.02, cb, 'later', log)
loop.call_soon(cb, 'soon2', log)
h = loop.call_soon(cb, 'cancelled', log)
h.cancel()
print(h.cancelled())
loop.call_later(0.05, loop.stop)
loop.run_forever()
print(log)

async def coro(x):
    await asyncio.sleep(0)
    return x * 2
print(loop.run_until_complete(coro(21)))
fut = loop.create_future()
loop.call_soon(fut.set_result, 'ok')
print(loop.run_until_complete(fut))

def handler(loop, context):
    print('handler:', context['message'], type(context.get('exception')).__name__)
loop.set_exception_handler(handler)
def bad():
    raise RuntimeError('in callback')
loop.call_soon(bad)
loop.run_until_complete(asyncio.sleep(0.01))

async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i
async def use_agen():
    return [x async for x in agen()]
print(loop.run_until_complete(use_agen()))
print(loop.run_until_complete(loop.run_in_executor(None, sum, [1, 2, 3])))
loop.run_until_complete(loop.shutdown_asyncgens())
loop.run_until_complete(loop.shutdown_default_executor())
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(type(e).__name__, e)

async def ctx():
    async with asyncio.timeout(0.01) if hasattr(asyncio, 'timeout') else None:
        await asyncio.sleep(1)
try:
    asyncio.run(ctx())
except TimeoutError as e:
    print('timeout', type(e).__name__)

async def tg():
    async with asyncio.TaskGroup() as g:
        t1 = g.create_task(coro(1))
        t2 = g.create_task(coro(2))
    return t1.result() + t2.result()
print(asyncio.run(tg()))
async def tg_fail():
    async with asyncio.TaskGroup() as g:
        g.create_task(coro(1))
        g.create_task(asyncio.sleep(0, result=None))
        async def boom():
            raise KeyError('x')
        g.create_task(boom())
try:
    asyncio.run(tg_fail())
except* KeyError as eg:
    print('TaskGroup', type(eg).__name__, [repr(e) for e in eg.exceptions])
