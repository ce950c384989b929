def f():
    with a:
        pass
    with a as b, c as (d, e):
        pass
    async def g():
        async with a as b:
            pass
