# comprehension scoping: iteration variables do not leak, outer names visible, class scope not visible inside, nested comprehension scopes.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

x = 'global x'
def f():
    y = 'local y'
    return [x + '|' + y for _ in range(1)], [[x for x in 'ab'] for _ in range(1)]
print(f())
print([i for i in range(3)], 'i' in dir())
class C:
    val = 10
    items = [1, 2]
    sums = [val for _ in range(1)] if False else None
    try:
        r = [val * n for n in items]
    except NameError as e:
        err = str(e)
    first = [n for n in items]
print(C.err, C.first)
print({k: [k * j for j in range(k)] for k in range(4)})
n = 'outer n'
print([n for n in range(2)], n)
print([(a, b) for a in range(3) for b in range(a, 3) if a != b])
