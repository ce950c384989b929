# generator.send: priming with None, values received by yield, send to a just-started generator error, return value via StopIteration.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def accumulator():
    total = 0
    while True:
        received = yield total
        if received is None:
            return total
        total += received
acc = accumulator()
print(acc.send(None), acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print('returned', e.value)
fresh = accumulator()
t('send non-None first', lambda: fresh.send(1))
print(next(fresh), fresh.send(2))
def echo():
    while True:
        x = yield
        print('echo got', x)
e = echo()
next(e)
e.send('hello')
e.send([1, 2])
def two_way():
    a = yield 'first'
    b = yield 'got ' + str(a)
    yield 'then ' + str(b)
tw = two_way()
print(next(tw), tw.send('A'), tw.send('B'))
t('send after exhaustion', lambda: (list(tw), tw.send(1)))
