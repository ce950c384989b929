# asyncio with the builtins aiter() and anext(): defaults at exhaustion, async generators and __anext__ classes, the awaitable's send/throw/close, errors.
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
class Countdown:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n <= 0: raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    g = agen(2)
    print(await anext(g), await anext(g), await anext(g, 'done'), await anext(g, None))
    try: await anext(g)
    except StopAsyncIteration as e: print(type(e).__name__, repr(e))
    it = aiter(Countdown(3)); print(type(it).__name__, [await anext(it, -1) for _ in range(5)])
    print([x async for x in aiter(agen(3))])
    aw = anext(agen(1), 'dflt'); print(type(aw).__name__, await aw)
    aw2 = anext(Countdown(0), 'empty'); print(await aw2)
    for bad in [lambda: aiter(5), lambda: anext(5), lambda: anext(), lambda: anext(g, 1, 2), lambda: anext(g, default=1), lambda: aiter([])]:
        try: print(bad())
        except TypeError as e: print(type(e).__name__, e)
    class BadAiter:
        def __aiter__(self): return 1
    try: aiter(BadAiter())
    except TypeError as e: print(type(e).__name__, e)
    a = anext(agen(3), 'x'); print(a.send(None) if False else '', hasattr(a, 'throw'), hasattr(a, 'close'), a.__await__() is a)
    a.close()
asyncio.run(main())
