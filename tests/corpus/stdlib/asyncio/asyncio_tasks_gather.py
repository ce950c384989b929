import asyncio

async def work(name, delay, result):
    # Loop turns rather than seconds: the order of completion must not depend on the machine's load.
    for _ in range(int(delay * 100)):
        await asyncio.sleep(0)
    print('done', name)
    return result

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    print(await asyncio.gather(work('a', 0.02, 1), work('b', 0.01, 2), work('c', 0, 3)))
    r = await asyncio.gather(work('d', 0, 4), fail('boom'), return_exceptions=True)
    print([type(x).__name__ for x in r], r[1])
    try:
        await asyncio.gather(fail('first'), work('e', 0.01, 5))
    except ValueError as e:
        print('gather raised', e)
    await asyncio.sleep(0.02)
    t = asyncio.create_task(work('f', 0, 6), name='my-task')
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    t2 = asyncio.ensure_future(work('g', 10, 7))
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print('cancelled', t2.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print('wait_for timed out', type(e).__name__)
    done, pending = await asyncio.wait([asyncio.create_task(work(n, 0, n)) for n in 'ijk'])
    print(sorted(t.result() for t in done), pending)
    c = work('x', 0, 0)
    print(asyncio.iscoroutinefunction(work), asyncio.iscoroutine(c), asyncio.iscoroutine(c.__await__))
    await c
    res = []
    for coro in asyncio.as_completed([work('l', 0.02, 'L'), work('m', 0.0, 'M')]):
        res.append(await coro)
    print(res)
    print(await asyncio.shield(work('n', 0, 'N')))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'from call_soon')
    print(await fut)
    fut2 = loop.create_future()
    loop.call_later(0.01, fut2.set_exception, KeyError('k'))
    try:
        await fut2
    except KeyError as e:
        print('future exception', repr(e))
    print(type(loop).__name__, loop.is_running(), loop.is_closed())
    return 'main result'

print(asyncio.run(main()))
try:
    asyncio.run(42)
except ValueError as e:
    print(type(e).__name__, e)
