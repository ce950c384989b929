# generators: return with value in various positions, exceptions propagating out of next(), generator state after an exception.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def g1():
    yield 1
    return 'done'
def g2():
    yield 1
    raise KeyError('inside gen')
def g3():
    return 'no yields reached'
    yield
def collect(gen):
    out = []
    try:
        while True:
            out.append(next(gen))
    except StopIteration as e:
        out.append(('stop', e.value))
    except Exception as e:
        out.append(('error', repr(e)))
    return out
print(collect(g1()), collect(g2()), collect(g3()))
gen = g2()
next(gen)
t('raises', lambda: next(gen))
t('after raise', lambda: next(gen))
def g4():
    try:
        yield 1
    except GeneratorExit:
        raise
    finally:
        print('g4 finally')
x = g4()
next(x)
x.close()
