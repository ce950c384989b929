# StopIteration inside generators becomes RuntimeError (PEP 479); return values; StopIteration in comprehensions.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def leaky():
    yield 1
    raise StopIteration('leaked')
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError', e, repr(e.__cause__), repr(e.__context__))
def returns():
    yield 1
    return 'the value'
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration', repr(e.value), e.args)
def next_inside():
    it = iter([])
    yield next(it)
try:
    list(next_inside())
except RuntimeError as e:
    print('RuntimeError', e)
try:
    list(next(iter([])) for _ in range(1))
except RuntimeError as e:
    print('genexp RuntimeError', e)
try:
    [next(iter([])) for _ in range(1)]
except StopIteration as e:
    print('listcomp StopIteration passes through', repr(e))
def stop_async_in_gen():
    yield 1
    raise StopAsyncIteration
g = stop_async_in_gen()
next(g)
try:
    next(g)
except (RuntimeError, StopAsyncIteration) as e:
    print('sync generator lets it through:', type(e).__name__)
