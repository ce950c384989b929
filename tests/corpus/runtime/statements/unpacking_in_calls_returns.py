# unpacking in for targets, function returns, nested starred assignment, swapping and rotations.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

pairs = [(1, 'a'), (2, 'b')]
for n, (c,) in [(1, 'x'), (2, 'y')]:
    print(n, c)
for i, (n, c) in enumerate(pairs):
    print(i, n, c)
def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = stats([3, 1, 4, 1, 5])
print(lo, hi, mean)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [1, 2, 3, 4, 5]
x[0], x[-1] = x[-1], x[0]
print(x)
(a, *b), c = 'xyz', 'w'
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
head, *_, tail = range(10)
print(head, tail, _)
d = {}
d['x'], d['y'] = divmod(17, 5)
print(d)
