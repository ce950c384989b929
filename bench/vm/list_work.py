# Lists: append, indexing, slicing, comprehension, sort, reverse, pop.
def run(n):
    data = []
    for i in range(n):
        data.append((i * 7919) % 10007)
    total = 0
    for i in range(0, len(data), 3):
        total += data[i]
    squares = [v * v for v in data if v & 1]
    squares.sort()
    data.reverse()
    chunk = data[100:200]
    while chunk:
        total += chunk.pop()
    return total + len(squares) + squares[len(squares) // 2]
results = [run(200_000) for _ in range(7)]
print(results)
