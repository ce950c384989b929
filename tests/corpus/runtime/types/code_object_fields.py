# code object fields of a few functions: names, consts, varnames, flags for generators/coroutines, co_lines and positions ranges.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def plain(a, b=1):
    c = a + b
    return c
def gen():
    yield
async def coro():
    pass
async def agen():
    yield
for fn in (plain, gen, coro, agen, lambda: 0):
    co = fn.__code__
    print(co.co_name, co.co_qualname, co.co_argcount, co.co_varnames, co.co_names, co.co_flags, co.co_stacksize > 0, co.co_nlocals)
co = plain.__code__
print(type(co.co_code).__name__, len(co.co_code) % 2 == 0, type(co.co_lnotab).__name__, all(isinstance(x, tuple) for x in co.co_lines()))
print([l for s, e, l in co.co_lines() if l is not None][:4], next(iter(co.co_positions())))
print(co == plain.__code__, hash(co) == hash(plain.__code__), co.replace(co_name='x').co_name, plain.__code__.co_consts)
