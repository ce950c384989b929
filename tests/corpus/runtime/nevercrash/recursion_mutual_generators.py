# deep recursion through generators, comprehensions and lambdas raises RecursionError.
def gen(n):
    yield from gen(n + 1)
try:
    next(gen(0))
except RecursionError as e:
    print('generator RecursionError', e)
f = lambda n: f(n + 1)
try:
    f(0)
except RecursionError as e:
    print('lambda RecursionError', e)
def comp(n):
    return [comp(n + 1) for _ in range(1)]
try:
    comp(0)
except RecursionError as e:
    print('comprehension RecursionError', e)
def a(n):
    return b(n)
def b(n):
    return a(n + 1)
try:
    a(0)
except RecursionError as e:
    print('mutual RecursionError', e)
print('done')
