# Generators: producing, filtering and consuming through for loops, sum and yield from.
def numbers(n):
    for i in range(n):
        yield i
def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v
def chained(n):
    yield from numbers(n)
    yield from evens(numbers(n))
def run(n):
    total = 0
    for v in evens(numbers(n)):
        total += v
    total += sum(chained(n // 2))
    total += sum(x * x for x in range(n // 4))
    return total
print(run(3_500_000))
