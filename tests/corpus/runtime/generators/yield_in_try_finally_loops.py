# yield inside try/finally inside loops: finally runs per iteration, and on close in the middle of a loop.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
def g():
    for i in range(3):
        try:
            yield i
        finally:
            log.append('finally %d' % i)
print(list(g()), log)
log.clear()
x = g()
next(x)
next(x)
x.close()
print(log)
def nested_loops():
    for a in range(2):
        for b in range(2):
            try:
                yield (a, b)
            except ValueError:
                log.append('skip %d %d' % (a, b))
log.clear()
n = nested_loops()
print(next(n), n.throw(ValueError), next(n), list(n), log)
