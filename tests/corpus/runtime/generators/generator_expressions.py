# generator expressions: laziness, first iterable evaluated eagerly, closures over loop variables, reuse after exhaustion.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
def src():
    log.append('src called')
    return [1, 2, 3]
g = (x * 10 for x in src())
print(log)
print(next(g), list(g), list(g))
t('first iterable error eager', lambda: (x for x in 5))
inner_bad = (x for x in [1] for y in 5)
t('inner iterable error lazy', lambda: next(inner_bad))
def closures():
    return [lambda: i for i in range(3)]
print([f() for f in closures()])
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(sum(i for i in range(100)), ''.join(c.upper() for c in 'abc'), tuple(i for i in 'xy'), set(i % 2 for i in range(5)))
print(max((len(w), w) for w in 'the quick brown fox'.split()))
gen = (i for i in range(3))
print(iter(gen) is gen, gen.gi_running)
