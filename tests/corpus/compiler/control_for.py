def f(xs):
    total = 0
    for x in xs:
        total += x
    else:
        total = -total
    for i, x in enumerate(xs):
        if i:
            continue
        break
    async def g():
        async for y in xs:
            pass
    return total
