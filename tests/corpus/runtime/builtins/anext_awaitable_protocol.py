# anext() with a default returns an awaitable wrapper (anext_awaitable): driving it with send/throw/close,
# its default on exhaustion, aiter()/anext() argument errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def drive(aw, value=None):
    try:
        return ('yielded', aw.send(value))
    except StopIteration as e:
        return ('returned', e.value)

async def agen():
    yield 'a'
    yield 'b'
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
g = agen()
aw = anext(g, 'done')
print(type(aw).__name__, aw.__await__() is aw, iter(aw) is aw)
print(drive(aw))
print(drive(anext(g, 'done')), drive(anext(g, 'done')), drive(anext(g, 'done')))
c = Countdown(2)
print(drive(anext(c, 'end')), drive(anext(c, 'end')), drive(anext(c, 'end')))
t('no default exhausted', lambda: drive(anext(Countdown(0))))
t('next on awaitable', lambda: next(anext(Countdown(0), 'dflt')))
t('next without default', lambda: next(anext(Countdown(1).__aiter__(), 'x')))
aw = anext(agen(), 'z')
t('throw', lambda: aw.throw(ValueError('boom')))
aw = anext(agen(), 'z')
print(aw.close())
t('after close', lambda: aw.send(None))
t('anext no args', lambda: anext())
t('anext too many', lambda: anext(g, 1, 2))
t('anext kw', lambda: anext(g, default=1))
t('anext int', lambda: anext(1))
t('aiter no args', lambda: aiter())
t('aiter two', lambda: aiter(g, g))
t('aiter int', lambda: aiter(5))
class BadAiter:
    def __aiter__(self):
        return 42
t('aiter bad result', lambda: aiter(BadAiter()))
print(aiter(c) is c, aiter(g) is g)
print(aiter.__doc__)
print(anext.__doc__)
