# Python-to-Python calls with positional, default and keyword arguments.
def add(a, b):
    return a + b
def scaled(a, b=2, *, c=3):
    return a * b + c
def run(n):
    total = 0
    for i in range(n):
        total = add(total, i)
        total = scaled(total, c=1) % 1000003
        total = add(total, scaled(i)) % 1000003
    return total
print(run(1_800_000))
