# StopIteration.value (reassigned after construction) is what yield from returns; PEP 479 inside generators.
def inner():
    e = StopIteration(1)
    e.value = 'changed'
    raise e
    yield
def outer():
    r = yield from inner()
    print('got', r)
try:
    next(outer())
except RuntimeError as x:
    print(type(x).__name__, x, repr(x.__cause__))
class It:
    def __iter__(self): return self
    def __next__(self):
        e = StopIteration('a')
        e.value = 'b'
        raise e
def g():
    r = yield from It()
    print('r', r)
    yield 1
print(next(g()))
