# sum/min/max/any/all consuming generators with side effects; partially consumed iterators afterwards.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
def g(n):
    for i in range(n):
        log.append(i)
        yield i
print(sum(g(4)), log)
log.clear()
it = g(10)
print(any(x > 2 for x in it), log, next(it))
log.clear()
it = g(10)
print(all(x < 3 for x in it), log, list(it))
log.clear()
print(max(g(5)), min(g(3)), log)
