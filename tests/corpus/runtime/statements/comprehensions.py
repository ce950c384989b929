# comprehensions: list/set/dict/generator, nested loops, conditions, scoping (no leak), evaluation of the first iterable.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print([x * 2 for x in range(5)], {x % 3 for x in range(10)}, {x: x ** 2 for x in range(4)}, list(x for x in 'ab'))
print([(x, y) for x in range(3) for y in range(x)], [x for x in range(20) if x % 2 if x % 3], [[c for c in w] for w in ['ab', 'c']])
x = 'outer x'
[x for x in range(3)]
print(x)
order = []
def it(name, n):
    order.append(name)
    return range(n)
g = (a for a in it('first', 2) for b in it('second', 2))
print(order)
print(list(g), order)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * len(vals) for v in vals]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
print(sum(x * x for x in range(10)), max((len(w), w) for w in ['a', 'abc', 'ab']))
print([i for i in range(3)] + [j for j in 'xy'], [f() for f in [lambda: 1, lambda: 2]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row if v != 5])
print({k: v for k, v in [('a', 1), ('a', 2)]}, {(x, y) for x in range(2) for y in range(2)})
gen = (x for x in [1, 2])
print(next(gen), list(gen), list(gen))
