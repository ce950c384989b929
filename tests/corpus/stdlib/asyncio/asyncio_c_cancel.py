# Cancellation through the C Task: messages, cancelling()/uncancel(), cancelling a task waiting on a
# future, a task that refuses to be cancelled, timeouts and TaskGroup.
import asyncio


async def sleeper(log, name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append((name, "cancelled", e.args))
        raise


async def stubborn(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("refused")
    return "survived"


async def main():
    log = []
    t = asyncio.create_task(sleeper(log, "a"))
    await asyncio.sleep(0)
    print(t.cancel("stop now"), t.cancelling(), t._must_cancel, t._fut_waiter is None)
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer", e.args)
    print(t.cancelled(), t.done(), t.uncancel(), t.uncancel(), t.uncancel())

    s = asyncio.create_task(stubborn(log))
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling())

    early = asyncio.create_task(sleeper(log, "early"))
    early.cancel("before start")
    try:
        await early
    except asyncio.CancelledError as e:
        print("early", e.args)

    fut = asyncio.get_running_loop().create_future()

    async def waiter():
        return await fut

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(w._fut_waiter is fut)
    w.cancel("waiter msg")
    await asyncio.sleep(0)
    print(fut.cancelled(), w.done())
    try:
        await w
    except asyncio.CancelledError as e:
        print("waiter", e.args)

    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout context")

    async def boom():
        await asyncio.sleep(0)
        raise ValueError("boom")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(log, "group"))
            tg.create_task(boom())
    except* ValueError as eg:
        print("group", [str(e) for e in eg.exceptions])

    shielded = asyncio.create_task(asyncio.sleep(0.01, result="shielded"))
    outer = asyncio.ensure_future(asyncio.shield(shielded))
    await asyncio.sleep(0)
    outer.cancel()
    print(await shielded, outer.cancelled())
    print(log)

asyncio.run(main())
