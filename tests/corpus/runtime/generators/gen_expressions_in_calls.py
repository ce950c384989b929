# generator expressions as sole call arguments, with filters, nested, and passed to builtins consuming partially.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(sum(x for x in range(10) if x % 3 == 0), max(len(w) for w in ['a', 'abc']), sorted(c for c in 'banana'), ''.join(c for c in 'abc' if c != 'b'))
print(dict((i, i * i) for i in range(3)), set(i % 2 for i in range(5)), tuple(i for i in ()), list(x for y in [[1, 2], [3]] for x in y))
g = (i for i in range(5))
print(3 in g, list(g))
g2 = (i * 2 for i in range(4))
print(next(g2), sum(g2))
