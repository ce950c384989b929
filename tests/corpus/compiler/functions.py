def f(a, b=1, *args, c, d=2, **kw):
    return a, b, args, c, d, kw

def g(a, /, b, *, c):
    pass

async def h(x):
    await x
    return x

def deco(f):
    return f

@deco
@deco
def i():
    "doc"

lam = lambda x, y=1: x + y
def ann(a: int, b: "str" = "") -> list:
    pass
