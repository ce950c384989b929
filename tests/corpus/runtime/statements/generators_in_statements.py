# generator functions used by for/list/sum/unpacking, closing a generator left suspended by break (finally runs on close).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
def gen(n):
    try:
        for i in range(n):
            log.append('yield %d' % i)
            yield i
    finally:
        log.append('finally')
g = gen(5)
for v in g:
    if v == 2:
        break
print(log)
g.close()
print(log)
log.clear()
print(sum(gen(4)), log)
log.clear()
a, b, c = gen(3)
print(a, b, c, log)
log.clear()
g = gen(3)
next(g)
g.close()
print(log)
print(list(zip(gen(2), 'abc')), log)
