def gen():
    yield 1
    x = yield
    yield from range(3)
    return x

async def agen():
    yield 1
    await x
