# generator pipelines: chained transformations, lazy evaluation order across stages, early termination with islice-like helper.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
def source(n):
    for i in range(n):
        log.append('src %d' % i)
        yield i
def square(it):
    for v in it:
        log.append('sq %d' % v)
        yield v * v
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(3, square(source(10)))))
print(log)
def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', range(2), [None])))
def running_sum(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running_sum(x for x in range(10) if x % 2)))
