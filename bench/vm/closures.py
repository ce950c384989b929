# Closures: creating nested functions, reading and writing cells through nonlocal.
def make_counter(step):
    count = 0
    def bump():
        nonlocal count
        count += step
        return count
    return bump
def make_adder(k):
    return lambda v: v + k
def run(n):
    total = 0
    counter = make_counter(3)
    for i in range(n):
        add = make_adder(i & 15)
        total = (total + add(counter())) % 1000003
    return total
print(run(1_800_000))
