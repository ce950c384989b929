# cannot assign to await expression
async def f():
    await x = 1
