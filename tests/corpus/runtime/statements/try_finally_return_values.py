# try/finally: the return value when finally also returns or raises, finally with break/continue in loops, nested finally order.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

order = []
def nested():
    try:
        try:
            order.append('inner try')
            return 'inner'
        finally:
            order.append('inner finally')
    finally:
        order.append('outer finally')
print(nested(), order)
def value_captured():
    x = 'before'
    try:
        return x
    finally:
        x = 'after'
print(value_captured())
def mutable_captured():
    x = ['before']
    try:
        return x
    finally:
        x.append('after')
print(mutable_captured())
def finally_raises():
    try:
        return 'lost'
    finally:
        raise ValueError('from finally')
t('finally raises', finally_raises)
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append('f')
    return out
print(loop_finally())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n >= 3:
                break
        finally:
            n += 10
    return n
print(while_finally())
def generator_finally():
    try:
        yield 1
        return
    finally:
        order.append('gen finally')
print(list(generator_finally()), order[-1])
