# send/next interleaving: values received, yield expressions as values, yield in expressions and arguments.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def calc():
    total = 0
    while True:
        cmd = yield total
        if cmd is None:
            continue
        op, v = cmd
        if op == 'add':
            total += v
        elif op == 'mul':
            total *= v
        elif op == 'stop':
            return total
c = calc()
print(next(c), c.send(('add', 5)), c.send(('mul', 3)), next(c), c.send(('add', -1)))
try:
    c.send(('stop', 0))
except StopIteration as e:
    print('final', e.value)
def expr_yields():
    x = (yield 1) + (yield 2)
    yield x
    print('args', (yield 'a'), (yield 'b'))
e = expr_yields()
print(next(e), e.send(10), e.send(20), next(e), e.send('A'))
try:
    e.send('B')
except StopIteration:
    print('finished')
