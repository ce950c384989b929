# async generator protocol details: asend before start, athrow on fresh generator, aclose on finished, yield inside try/finally.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

async def agen():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('agen cleanup')
def step(aw, v=None):
    try:
        aw.send(v)
    except StopIteration as e:
        return ('value', e.value)
    except StopAsyncIteration:
        return 'StopAsyncIteration'
    except Exception as e:
        return ('raised', type(e).__name__, str(e))
    return 'suspended'
g = agen()
print(step(g.asend(None)))
print(step(g.asend('x')))
print(step(g.asend(None)))
print(step(g.asend(None)))
g2 = agen()
print(step(g2.athrow(ValueError('early'))))
g3 = agen()
print(step(g3.aclose()))
g4 = agen()
t('asend non-None first', lambda: step(g4.asend('first')))
print(type(g4.asend(None)).__name__)
