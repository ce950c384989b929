# invalid target in async for
async def f():
    async for a() in x:
        pass
