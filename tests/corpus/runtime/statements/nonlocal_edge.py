# nonlocal: binding in deeply nested functions, nonlocal in loops, nonlocal shared between generators and closures.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def outer():
    x = 0
    def level1():
        def level2():
            nonlocal x
            x += 1
            return x
        return level2()
    return [level1() for _ in range(3)], x
print(outer())
def gen_shared():
    state = []
    def add(v):
        nonlocal state
        state = state + [v]
    def gen():
        while True:
            yield list(state)
    return add, gen()
add, g = gen_shared()
print(next(g))
add(1)
add(2)
print(next(g))
def loop_nonlocal():
    total = 0
    def adder(v):
        nonlocal total
        total += v
    for i in range(5):
        adder(i)
    return total
print(loop_nonlocal())
