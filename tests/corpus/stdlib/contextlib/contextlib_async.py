# contextlib: asynccontextmanager, AsyncExitStack (push_async_callback, enter_async_context, ordering), aclosing, async nullcontext, under asyncio.run.
import asyncio, contextlib
from contextlib import asynccontextmanager, AsyncExitStack, aclosing
log = []
@asynccontextmanager
async def resource(name):
    log.append(f'open {name}')
    await asyncio.sleep(0)
    try: yield name * 2
    except KeyError as e: log.append(f'caught {e!r}')
    finally: log.append(f'close {name}')
async def agen():
    try:
        for i in range(5): yield i
    finally: log.append('agen closed')
async def main():
    async with resource('a') as r: log.append(f'using {r}')
    async with resource('b'): raise KeyError('kb')
    try:
        async with resource('c'): raise ValueError('vc')
    except ValueError as e: log.append(f'outer {e}')
    async with AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource('x'))
        y = stack.enter_context(contextlib.nullcontext('sync'))
        async def cb(m): log.append(f'async cb {m}')
        stack.push_async_callback(cb, 1)
        stack.callback(log.append, 'sync cb')
        log.append(f'stack has {x} {y}')
    async with aclosing(agen()) as g:
        async for v in g:
            if v == 2: break
    log.append('after aclosing')
    async with contextlib.nullcontext(5) as n: log.append(f'null {n}')
    @resource('deco')
    async def decorated(): log.append('in decorated')
    await decorated()
    try:
        async with AsyncExitStack() as st: await st.enter_async_context(contextlib.nullcontext())
    except TypeError as e: log.append(f'{type(e).__name__}: {e}')
asyncio.run(main())
for line in log: print(line)
