# Sets: add, membership, union/intersection/difference, comprehension.
def run(n):
    a = set()
    for i in range(n):
        a.add((i * 31) % 50021)
    b = {v for v in range(0, 60000, 3)}
    hits = 0
    for i in range(n):
        if i in a:
            hits += 1
    both = a & b
    either = a | b
    only = a - b
    return hits, len(both), len(either), len(only)
print(run(2_500_000))
