# generators closing over variables: late binding inside generator expressions, class-scope iteration, generators created in loops.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

gens = [(x * i for x in range(3)) for i in range(3)]
print([list(g) for g in gens])
i = 10
g = (x * i for x in range(3))
i = 100
print(list(g))
def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
    while n < 3:
        bump()
        yield n
print(list(counter_gen()))
class K:
    base = 5
    vals = list(x + 1 for x in range(3))
print(K.vals)
def make(k):
    return (k * v for v in range(3))
print([list(make(k)) for k in 'ab'])
