# list.sort: the exact sequence of __lt__ calls (timsort with powersort merging), key functions, reverse, errors.
log = []
class K:
    def __init__(self, v, tag): self.v = v; self.tag = tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self): return f"K({self.v},{self.tag})"

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        yield seed

def run(vals, **kw):
    del log[:]
    items = [K(v, i) for i, v in enumerate(vals)]
    items.sort(**kw)
    print(len(vals), [k.tag for k in items][:50], len(log), hash(tuple(log)))

g = lcg(42)
for n in [0, 1, 2, 3, 5, 10, 31, 32, 33, 63, 64, 65, 100, 128, 200, 257, 500, 1000, 2000]:
    vals = [next(g) % (n // 2 + 1) for _ in range(n)]
    run(vals)
    run(vals, reverse=True)
    run(sorted(vals))
    run(sorted(vals, reverse=True))
# partially sorted, runs of various lengths
for n in [300, 1500, 5000]:
    vals = []
    while len(vals) < n:
        r = next(g) % 80 + 1
        base = next(g) % 1000
        if next(g) % 2: vals += list(range(base, base + r))
        else: vals += list(range(base + r, base, -1))
    vals = vals[:n]
    run(vals)
    run(vals, key=lambda k: -k.v)
# key function calls logged
calls = []
def key(x):
    calls.append(x)
    return x % 7
data = [next(g) % 100 for _ in range(300)]
print(sorted(data, key=key)[:40], len(calls))
print(sorted(data, key=key, reverse=True)[:40])
# tuples with objects
del log[:]
items = [(next(g) % 5, K(next(g) % 10, i)) for i in range(200)]
items.sort()
print([k.tag for _, k in items][:60], len(log), hash(tuple(log)))
# mixed types error
try:
    [3, 1, 'a', 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
# list modified during sort
a = [3, 1, 2]
def bad(x):
    a.append(x)
    return x
try:
    a.sort(key=bad)
except ValueError as e:
    print("VE", e, a)
class M:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        lst.append(1)
        return self.v < o.v
lst = [M(3), M(1), M(2)]
try:
    lst.sort()
except ValueError as e:
    print("VE2", e, [m.v for m in lst])
class E:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 5 or o.v == 5: raise RuntimeError("boom")
        return self.v < o.v
es = [E(v) for v in [9, 3, 7, 5, 1, 8, 2]]
try: es.sort()
except RuntimeError as e: print("RE", e, [x.v for x in es])
es = [E(v) for v in [9, 3, 7, 5, 1, 8, 2]]
try: es.sort(reverse=True)
except RuntimeError as e: print("RE", e, [x.v for x in es])
# NotImplemented fallback
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v); return NotImplemented
    def __gt__(self, o):
        print("gt", self.v, o.v); return self.v > o.v
ns = [N(2), N(1), N(3)]
ns.sort(); print([n.v for n in ns])
# stability
pairs = [(next(g) % 4, i) for i in range(100)]
print(sorted(pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: (p[0], p[1])))
print(sorted(["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog"], key=len))
print(sorted([3.5, 1, 2.25, -1e9, 10**30, True]))
print(sorted(['b', 'a', 'ä', 'B', '', 'ab']))
x = [5, 3]; print(x.sort(), x)
