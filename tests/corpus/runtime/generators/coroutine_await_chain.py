# awaiting chains of coroutines: return values propagate, exceptions propagate through awaits, awaiting a custom awaitable that returns immediately.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield
async def leaf(v):
    return await Ready(v * 2)
async def middle(v):
    a = await leaf(v)
    b = await leaf(a)
    return a + b
async def failing():
    await leaf(1)
    raise LookupError('deep failure')
async def top():
    r = await middle(3)
    try:
        await failing()
    except LookupError as e:
        return r, str(e)
def run(co):
    try:
        co.send(None)
    except StopIteration as e:
        return e.value
    return 'suspended'
print(run(top()), run(middle(1)))
