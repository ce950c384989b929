# old-style generator coroutines: priming decorators, pipelines of consumers, close propagation through a pipeline.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start
@coroutine
def printer(prefix):
    try:
        while True:
            item = yield
            print(prefix, item)
    finally:
        print(prefix, 'closed')
@coroutine
def filt(pred, target):
    try:
        while True:
            item = yield
            if pred(item):
                target.send(item)
    finally:
        target.close()
p = filt(lambda v: v % 2 == 0, printer('even:'))
for v in range(6):
    p.send(v)
p.close()
@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
print([a.send(v) for v in (10, 20, 60)])
