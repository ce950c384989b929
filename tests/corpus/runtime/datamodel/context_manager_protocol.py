# context manager protocol: __enter__/__exit__ looked up on the type, exit args, async with via manual send.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class CM:
    def __enter__(self):
        return 'entered'
    def __exit__(self, *args):
        log.append(args[0].__name__ if args[0] else None)
        return False
cm = CM()
cm.__enter__ = lambda: 'instance enter (ignored)'
with cm as v:
    print(v)
class AsyncCM:
    async def __aenter__(self):
        log.append('aenter')
        return 'async value'
    async def __aexit__(self, et, ev, tb):
        log.append(('aexit', et.__name__ if et else None))
        return True
async def main():
    async with AsyncCM() as v:
        log.append(v)
        raise ValueError('suppressed by aexit')
    return 'main done'
coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
print(log)
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
async def bad_async():
    async with CM():
        pass
def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
t('sync cm in async with', lambda: drive(bad_async()))
