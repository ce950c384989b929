# Frames that Python code holds keep their state after their call returns, while later calls of the
# same function run in fresh frames (Kaa reuses a finished frame only when nothing can see it).
import sys


def grab(n):
    local = n * 10
    return sys._getframe()


f1 = grab(1)
f2 = grab(2)
print(f1 is f2, f1.f_locals['local'], f2.f_locals['local'], f1.f_code.co_name)


def inner():
    return sys._getframe(1)


def outer(tag):
    here = tag
    return inner()


o1 = outer('first')
o2 = outer('second')
print(o1 is o2, o1.f_locals['here'], o2.f_locals['here'])


def fails(v):
    marker = v
    raise ValueError(v)


tbs = []
for v in range(3):
    try:
        fails(v)
    except ValueError as e:
        tbs.append(e.__traceback__)
print([tb.tb_next.tb_frame.f_locals['marker'] for tb in tbs])
print(len({id(tb.tb_next.tb_frame) for tb in tbs}))


def back_chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def level2():
    return back_chain()


def level1():
    return level2()


print(level1())
print(level1())


def counter(n):
    if n == 0:
        return [sys._getframe().f_back.f_locals['n']]
    return counter(n - 1) + [n]


print(counter(5))
print(counter(3))


def with_locals(a, b=2, *args, **kw):
    c = a + b
    return locals()


print(with_locals(1))
print(with_locals(1, 3, 4, x=5))
print(with_locals(2))


def deep(n):
    return n if n == 0 else deep(n - 1) + 1


print(deep(200), deep(50))


def argerr(a, b):
    return a + b


for _ in range(2):
    try:
        argerr(1)
    except TypeError as e:
        print(e)
print(argerr(1, 2), argerr('x', 'y'))


def gen(n):
    for i in range(n):
        yield sys._getframe().f_locals['i']


print(list(gen(3)), list(gen(2)))
