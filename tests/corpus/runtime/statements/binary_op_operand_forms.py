# Binary operations whose right operand is a constant or a local and whose left is an expression, and
# chains of binary operations: results, stores, errors and their tracebacks.
def f(a, b):
    x = (a + b) * 7
    y = (a - b) + b
    z = [a][0] * b
    w = (x % 1000003) - y
    return x, y, z, w, (a * b) / 2, (a ** 2) // 3
print(f(3, 4), f(2.5, 1.5), f('ab', 2) if False else None)
def g(s):
    return (s + 'x') * 3
print(g('ab'))
def h():
    try:
        u = (1 + 2) + undefined_local_thing
    except NameError as e:
        print('NameError', e)
    def inner():
        q = (5 * 2) + r
        r = 1
    try: inner()
    except UnboundLocalError as e: print('ULE', e)
    try:
        v = (1 + 1) / 0
    except ZeroDivisionError as e: print('ZDE', e)
h()
def k(a):
    return (a + 1) / 0
try: k(1)
except ZeroDivisionError as e: print('k:', e)
def chain(a, b, c):
    r = a + b * c
    s = a - (b - c) * 2
    try:
        t = a + b / (c - c)
    except ZeroDivisionError as e:
        print('ZDE', e)
    try:
        u = a + ('x' * 2)
    except TypeError as e:
        print('TE', e)
    return r, s, a * b + c * a - b
print(chain(1, 2, 3), chain(1.5, 2.5, 3.5))
l = [1, 2]
x = 5
x += l[0] * l[1]
y = 10
y -= x - l[1] * 3
print(x, y, 2 ** 3 ** 2, 100 - 10 - 1, (7 - 2) * (3 + 4) - 1)
# Uncaught, for the traceback's carets under the fused operation.
chain(1, 2, 3) and (lambda a, b: a + (b - 'z'))(1, 2)
