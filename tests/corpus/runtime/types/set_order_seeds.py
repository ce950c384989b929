import sys
# Set iteration order must equal CPython's for the same PYTHONHASHSEED (strs, ints, tuples, mixed).
def sl(lst, a=0, b=None):
    out = []
    i = 0
    for x in lst:
        if i >= a and (b is None or i < b):
            out.append(x)
        i += 1
    return out

def rng(n):
    out = []
    i = 0
    while i < n:
        out.append(i)
        i += 1
    return out

words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma', 'tau', 'upsilon']
s = set(words)
print(list(s))
print(s)
print(frozenset(words))
ints = set([x * 37 % 101 for x in rng(60)])
print(list(ints))
neg = {-1, -2, -3, 2**62, -2**63, 2**64 + 5, 0, 7}
print(neg)
tups = {(1, 2), (2, 1), ('a', 1), (None,), (), ((1,), 2), (1.5, 'x')}
print(tups)
mixed = {1, 'a', 2.5, (3, 4), True, frozenset({1, 2}), -0.0, 1e100, 'b', ('c', 5)}
print(mixed)
# deletions and re-insertions
t = set(words)
for w in [words[0], words[3], words[6], words[9], words[12], words[15], words[18]]:
    t.discard(w)
print(t)
for w in [words[0], words[3], words[6], words[9], words[12], words[15], words[18]]:
    t.add(w + '!')
print(t)
for w in [words[0], words[2], words[4], words[6], words[8], words[10]]:
    t.add(w)
print(t)
u = set()
for x in rng(200):
    u.add(x * 7919 % 1009)
    if x % 3 == 0:
        u.discard(x * 13 % 1009)
print(len(u), sl(list(u), 0, 40))
# pop order
p = set(words)
out = []
while p:
    out.append(p.pop())
print(out)
p = {5, 1, 9, 17, 33}
print(p.pop(), p.pop(), p, p.pop(), p)
# frozenset hashes
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset(words)))
print(hash(frozenset([(1, 2), 'x', 3.5])), hash(frozenset({frozenset({1}), frozenset()})))
print(hash(frozenset(ints)))
# comprehension and literals
print({w for w in words if 'a' in w})
print({3, 1, 2, 'x', 'y', (1,)})
# copy / union orders
a = set(sl(words, 0, 10)); b = set(sl(words, 5, 15))
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union(b, sl(words, 15)), a.intersection(b, words), a.difference(b, ['alpha']), a.symmetric_difference([words[0], words[2], words[4], words[6], words[8], words[10]]))
c = a.copy(); c |= b; print(c)
c = a.copy(); c &= b; print(c)
c = a.copy(); c -= b; print(c)
c = a.copy(); c ^= b; print(c)
c = a.copy(); c.update(sl(words, 12), ['q', 'r']); print(c)
c = a.copy(); c.intersection_update(b, sl(words, 6)); print(c)
c = a.copy(); c.difference_update(sl(words, 2, 4), ['alpha']); print(c)
c = a.copy(); c.symmetric_difference_update(sl(words, 8)); print(c)
d = dict.fromkeys(words, 0)
print(set(d), set(d.keys()), set(d.items()) == set([(w, 0) for w in words]))
print(set(d) - {'alpha'}, {'alpha', 'beta', 'omega'} - set(d))
big = set([x for x in rng(500)])
print(list(big - set(rng(490)))) 
print(list({1, 2, 3} - big), sl(list(set(rng(100)) - {5}), 0, 10))
print(sys.getsizeof(set()) if False else set().__sizeof__(), set(words).__sizeof__(), big.__sizeof__(), {1,2,3,4,5}.__sizeof__())
