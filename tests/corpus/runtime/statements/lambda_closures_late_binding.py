# late binding in lambdas and default-argument capture; lambdas in comprehensions referencing loop variables.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
def make():
    out = []
    for j in range(3):
        out.append(lambda: j)
    j = 100
    return out
print([f() for f in make()])
k = 1
h = lambda: k
k = 2
print(h())
adders = {name: (lambda v, n=n: v + n) for n, name in enumerate('abc')}
print({name: fn(10) for name, fn in adders.items()})
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5), compose(len, str)(12345))
