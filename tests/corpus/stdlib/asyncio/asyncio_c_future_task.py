# The C Future and Task (_asyncio): states, results, callbacks, names, errors and the task registries.
import asyncio
import _asyncio
import contextvars


def show(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)


print(asyncio.Future is _asyncio.Future, asyncio.Task is _asyncio.Task)
print(sorted(n for n in dir(_asyncio) if not n.startswith('__')))
print(_asyncio.Task.__mro__)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

fut = loop.create_future()
print(type(fut).__name__, fut.done(), fut.cancelled(), fut._state, repr(fut))
show("result pending", fut.result)
show("exception pending", fut.exception)
show("set_exception int", lambda: fut.set_exception(1))
show("set_exception StopIteration", lambda: fut.set_exception(StopIteration))
calls = []
fut.add_done_callback(lambda f: calls.append(("first", f.result())))
fut.add_done_callback(lambda f: calls.append(("second", f.result())))
cb = lambda f: calls.append("removed")
fut.add_done_callback(cb)
fut.add_done_callback(cb)
print("callbacks", len(fut._callbacks))
print("removed", fut.remove_done_callback(cb))
fut.set_result(42)
show("set_result twice", lambda: fut.set_result(1))
print(fut.done(), fut.result(), fut._state, fut._result, repr(fut))
loop.run_until_complete(asyncio.sleep(0))
print(calls)

efut = loop.create_future()
efut.set_exception(ValueError("bad"))
show("exception()", efut.exception)
show("result()", efut.result)
print(efut._log_traceback)
show("_log_traceback = True", lambda: setattr(efut, "_log_traceback", True))

cfut = loop.create_future()
print(cfut.cancel("why"), cfut.cancel(), cfut.cancelled(), cfut._state, cfut._cancel_message)
show("cancelled result", cfut.result)
show("cancelled exception", cfut.exception)

raw = _asyncio.Future.__new__(_asyncio.Future)
show("uninit done", raw.done)
show("uninit result", raw.result)
show("uninit loop", lambda: raw._loop)
show("uninit add_done_callback", lambda: raw.add_done_callback(print))
show("uninit repr", lambda: repr(raw))
show("Future(1)", lambda: _asyncio.Future(1))
show("Task()", lambda: _asyncio.Task())
show("Task(1)", lambda: _asyncio.Task(1, loop=loop))


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def fails():
    await asyncio.sleep(0)
    raise KeyError("k")


var = contextvars.ContextVar("var", default="unset")


async def reads_var():
    return var.get()


async def main():
    t = asyncio.create_task(double(21))
    print(t.get_name().startswith("Task-"), t.done(), t.cancelling())
    t.set_name(123)
    print(repr(t.get_name()), t.get_coro().__qualname__, t.get_loop() is loop)
    print(await t, t.result(), t.done(), t._state)
    show("task set_result", lambda: t.set_result(1))
    show("task set_exception", lambda: t.set_exception(ValueError()))
    t2 = asyncio.create_task(fails(), name="failing")
    await asyncio.sleep(0.001)
    print(t2.get_name(), t2.done(), repr(t2.exception()))
    show("await failed task", lambda: None)
    try:
        await t2
    except KeyError as e:
        print("awaited", repr(e))
    print(asyncio.current_task() in asyncio.all_tasks(), asyncio.current_task().get_name())
    results = await asyncio.gather(*(double(i) for i in range(6)))
    print(results)
    var.set("main value")
    ctx = contextvars.copy_context()
    var.set("changed")
    print(await asyncio.create_task(reads_var(), context=ctx), await asyncio.create_task(reads_var()))
    f = loop.create_future()
    loop.call_soon(f.set_result, "soon")
    print(await f)
    print(_asyncio.get_running_loop() is loop, _asyncio._get_running_loop() is loop)

    async def bad_yield():
        await asyncio.sleep(0)
        yield_obj = BadAwaitable()
        return await yield_obj

    class BadAwaitable:
        def __await__(self):
            yield "not a future"

    try:
        await asyncio.create_task(bad_yield())
    except RuntimeError as e:
        print("RuntimeError", str(e).split(":")[0])

loop.run_until_complete(main())
show("get_running_loop outside", _asyncio.get_running_loop)
print(_asyncio._get_running_loop())
show("_leave_task", lambda: _asyncio._leave_task(loop, 1))
_asyncio._enter_task(loop, "task-a")
show("_enter_task twice", lambda: _asyncio._enter_task(loop, "task-b"))
_asyncio._leave_task(loop, "task-a")
print(dict(_asyncio._current_tasks))
loop.close()
asyncio.set_event_loop(None)
