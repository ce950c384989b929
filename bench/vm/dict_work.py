# Dicts: insertion, lookup, update, get with default, items iteration, deletion; str and int keys.
def run(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    words = {}
    for i in range(n):
        key = 'k' + str(i % 5000)
        words[key] = words.get(key, 0) + 1
    total = 0
    for k, v in d.items():
        if k % 3 == 0:
            total += v
    for i in range(0, n, 2):
        del d[i]
    return total + len(d) + sum(words.values()) + words['k42']
print(run(550_000))
