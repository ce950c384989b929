# generators: lazy execution, state between yields, exhaustion, gi_* attributes, repr, running a generator twice.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
def gen():
    log.append('started')
    yield 1
    log.append('after 1')
    yield 2
    log.append('ending')
g = gen()
print(log, type(g).__name__, g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
print(next(g), log)
print(g.gi_frame.f_lineno, g.gi_suspended if hasattr(g, 'gi_suspended') else 'n/a')
print(next(g), log)
t('exhausted', lambda: next(g))
print(log, g.gi_frame)
t('again', lambda: next(g))
print(list(gen()), list(x * 2 for x in gen()))
def empty():
    return
    yield
print(list(empty()))
print(repr(gen()).startswith('<generator object gen at 0x'))
ge = (i for i in range(3))
print(type(ge).__name__, ge.__name__, ge.__qualname__, list(ge))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
print([next(it) for _ in range(5)])
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
