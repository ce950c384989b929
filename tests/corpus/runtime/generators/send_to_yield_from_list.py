# send() through yield from: forwarded to subgenerators, None-only for plain iterators, return values of nested delegation.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def sub():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def outer():
    results = []
    for _ in range(2):
        r = yield from sub()
        results.append(r)
    return results
g = outer()
print(next(g), g.send(1), g.send(2), g.send(None), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('results', e.value)
