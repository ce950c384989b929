# generator/coroutine/async generator objects: names, qualnames, frames, code, repr, assignment of __name__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
g, c, a = gen(), coro(), agen()
for o in (g, c, a):
    print(type(o).__name__, o.__name__, o.__qualname__, type(o).__qualname__)
g.__name__ = 'renamed'
print(g.__name__, g.gi_code.co_name, repr(g).startswith('<generator object gen at 0x'))
print(c.cr_frame is not None, c.cr_await, a.ag_frame is not None, a.ag_await, g.gi_frame.f_lasti >= 0)
c.close()
print(c.cr_frame)
t('set name bad', lambda: setattr(g, '__name__', 5))
class K:
    def m(self):
        yield
print(K().m().__qualname__)
