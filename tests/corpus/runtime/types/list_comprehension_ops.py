# list: iteration protocols, reversed, in, comprehensions with conditions, nested, del and len during iteration.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = [1, 2, 3, 4, 5]
print([x * x for x in a if x % 2], [(x, y) for x in a[:2] for y in 'ab'], [[y for y in range(x)] for x in range(4)])
print(list(reversed(a)), 3 in a, 9 not in a, len(a), min(a), max(a), sum(a))
it = iter(a)
print(next(it), next(it), list(it), list(it))
r = reversed(a)
print(next(r), r.__length_hint__(), list(r))
out = []
for x in a:
    if x == 2:
        a.remove(x)
    out.append(x)
print(out, a)
b = [1, 2, 3]
it = iter(b)
next(it)
b.append(4)
print(list(it))
print([i for i in range(3)] == list(range(3)), [*a, *'xy', *range(2)])
print(list(map(lambda x: x * 2, a)), list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(zip(a, 'abc')), list(enumerate(a, 10)))
c = [[0] * 3 for _ in range(2)]
c[0][0] = 1
d = [[0] * 3] * 2
d[0][0] = 1
print(c, d)
