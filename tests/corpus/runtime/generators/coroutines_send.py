# coroutines (async def) driven manually: send(None), awaiting custom awaitables, return values, cr_* attributes.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Yielder:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        received = yield self.value
        return ('awaited', received)
async def child(n):
    r = await Yielder('child yield %d' % n)
    return r
async def main():
    a = await child(1)
    b = await child(2)
    return [a, b]
c = main()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_code.co_name)
print(c.send(None))
print(c.send('first'))
try:
    c.send('second')
except StopIteration as e:
    print('returned', e.value)
t('send after done', lambda: c.send(None))
async def simple():
    return 'simple value'
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print(e.value)
s2 = simple()
s2.close()
print('closed unawaited coroutine')
async def bad_await():
    await 5
def drive(co):
    try:
        co.send(None)
    except StopIteration as e:
        return e.value
t('await non awaitable', lambda: drive(bad_await()))
class BadAwait:
    def __await__(self):
        return 5
async def bad_await2():
    await BadAwait()
t('__await__ returns non iterator', lambda: drive(bad_await2()))
unawaited = simple()
t('coroutine not iterable', lambda: iter(unawaited))
unawaited.close()
