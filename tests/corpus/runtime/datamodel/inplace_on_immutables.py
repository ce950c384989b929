# in-place operators on immutable builtins rebind the name (no mutation of other references) while mutable ones mutate.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
s = 'x'
s2 = s
s *= 3
print(s, s2)
f = frozenset({1})
g = f
f |= {2}
print(sorted(f), sorted(g), f is g)
n = 10 ** 30
m = n
n += 1
print(n - m)
l = [1]
l2 = l
l += (2,)
print(l, l2, l is l2)
st = {1}
st2 = st
st |= {2}
print(st is st2, st2)
d = {'a': 1}
d2 = d
d |= {'b': 2}
print(d is d2, d2)
ba = bytearray(b'a')
ba2 = ba
ba += b'b'
print(ba is ba2, ba2)
