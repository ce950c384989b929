def f(xs):
    a = [x * 2 for x in xs if x if not x]
    b = {x for x in xs}
    c = {x: y for x, y in xs}
    d = (x for x in xs)
    e = [x + y for x in xs for y in xs]
    return a, b, c, d, e

async def g(xs):
    return [x async for x in xs], [await x for x in xs]
