# aiter() and anext() on an async generator driven manually with send(None), plus their errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

async def agen():
    yield 1
    yield 2
def drive(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended')
ag = agen()
it = aiter(ag)
print(it is ag, type(it).__name__)
print(drive(anext(it)), drive(anext(it)))
try:
    drive(anext(it))
except StopAsyncIteration as e:
    print('StopAsyncIteration', repr(e))
print(drive(anext(it, 'default')))
t('aiter non async', lambda: aiter([1]))
t('anext non async', lambda: anext(iter([1])))
class AI:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
t('custom', lambda: drive(anext(aiter(AI()), 'dflt')))
