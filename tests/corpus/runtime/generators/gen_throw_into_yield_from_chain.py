# throw() and close() through a chain of yield from: handled at the innermost level, propagated out, and finally blocks order.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
def leaf():
    try:
        yield 'leaf 1'
        yield 'leaf 2'
    except KeyError:
        log.append('leaf handled KeyError')
        yield 'leaf recovered'
    finally:
        log.append('leaf finally')
def middle():
    try:
        r = yield from leaf()
    finally:
        log.append('middle finally')
def top():
    try:
        yield from middle()
    except ValueError:
        log.append('top handled ValueError')
        yield 'top recovered'
g = top()
print(next(g), g.throw(KeyError('k')), log)
# Closed explicitly: when the last reference goes is not this program's subject (CPython would close it
# at the rebinding, by reference counting; a collector closes it later).
g.close()
print(log)
log.clear()
g = top()
next(g)
print(g.throw(ValueError('v')), log)
g.close()
log.clear()
g = top()
next(g)
g.close()
print(log)
