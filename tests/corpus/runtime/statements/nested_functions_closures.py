# closures: multiple levels, shared cells between sibling closures, cell contents after outer returns, counters and accumulators.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = outer()
inc(); inc()
print(get(), inc(), get())
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1(1)(10)(100), level1('x')('y')('z'))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(3) for m in make_multipliers()])
def accumulate():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulate()
print(acc(1), acc(5), acc(10), acc.__closure__[0].cell_contents)
def cell_in_loop():
    fns = []
    for i in range(3):
        def f(j=i):
            return j, i
        fns.append(f)
    return [f() for f in fns]
print(cell_in_loop())
def recursion_via_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact(10)
print(recursion_via_closure())
