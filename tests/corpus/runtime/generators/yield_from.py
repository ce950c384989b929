# yield from: delegation of next/send/throw/close, return value of the subgenerator, yield from iterables.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def inner():
    x = yield 'inner 1'
    print('inner got', x)
    y = yield 'inner 2'
    print('inner got', y)
    return 'inner result'
def outer():
    result = yield from inner()
    print('outer got result', result)
    yield 'outer done'
g = outer()
print(next(g), g.send('A'), g.send('B'))
print(list(yield_from_iter() for yield_from_iter in []))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_range():
    yield from range(3)
    yield from 'ab'
    yield from {'k': 1}
print(list(from_range()))
def catcher():
    try:
        yield 'waiting'
    except KeyError as e:
        yield 'inner caught ' + repr(e)
def delegator():
    yield from catcher()
d = delegator()
print(next(d), d.throw(KeyError('k')))
def closer():
    try:
        yield 1
    finally:
        print('inner finally on close')
def deleg2():
    yield from closer()
d2 = deleg2()
next(d2)
d2.close()
def ret_only():
    return 'immediate'
    yield
def use_ret():
    v = yield from ret_only()
    yield v
print(list(use_ret()))
t('yield from non iterable', lambda: list((lambda: (yield from 5))()))
def sub_stop():
    yield 1
    return StopIteration('value is exception')
def outer_stop():
    r = yield from sub_stop()
    yield repr(r)
print(list(outer_stop()))
