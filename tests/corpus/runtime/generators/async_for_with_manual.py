# async for and async with in coroutines driven by send(None): custom async iterators and context managers.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
class ACM:
    async def __aenter__(self):
        log.append('enter')
        return 'resource'
    async def __aexit__(self, *exc):
        log.append(('exit', exc[0].__name__ if exc[0] else None))
        return False
async def main():
    out = []
    async with ACM() as r:
        async for v in Ticker(3):
            out.append((r, v))
    try:
        async with ACM():
            raise ValueError('inside')
    except ValueError:
        out.append('caught')
    return out
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value, log)

async def bad_async_for():
    async for x in [1, 2]:
        pass
def drive(co):
    try:
        co.send(None)
    except StopIteration as e:
        return e.value
t('async for over list', lambda: drive(bad_async_for()))
