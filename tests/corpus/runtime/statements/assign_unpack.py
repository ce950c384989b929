# assignment: tuple/list unpacking, nested targets, starred targets, wrong counts, unpacking strings/dicts/generators.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a, b = 1, 2
[c, d] = 'xy'
(e, (f, g)), h = (3, (4, 5)), 6
print(a, b, c, d, e, f, g, h)
first, *rest = range(5)
*init, last = [1, 2, 3]
x, *mid, y = 'abcdef'
p, *q = [1]
print(first, rest, init, last, x, mid, y, p, q)
k1, k2 = {'one': 1, 'two': 2}
print(k1, k2)
g1, g2, g3 = (i * i for i in range(3))
print(g1, g2, g3)
def unpack(n, value):
    if n == 2:
        u, v = value
        return u, v
    u, v, w = value
    return u, v, w
t('too many', lambda: unpack(2, [1, 2, 3]))
t('too few', lambda: unpack(3, [1, 2]))
t('not iterable', lambda: unpack(2, 5))
t('too few str', lambda: unpack(3, 'ab'))
def star_few(v):
    a, b, *c = v
    return a, b, c
t('star too few', lambda: star_few([1]))
t('star ok', lambda: star_few('ab'))
l = [0, 0, 0]
i = 0
i, l[i] = 1, 'set'
print(i, l)
obj = type('O', (), {})()
obj.a, obj.b = 'A', 'B'
print(obj.a, obj.b)
m = {}
m['k'], m['j'] = 1, 2
print(m)
s = [1, 2, 3, 4]
s[1:3], z = ['x', 'y', 'z'], 'Z'
print(s, z)
a = b = c = []
a.append(1)
print(a, b, c, a is c)
a, b = b, a
x = y = 5
x += 1
print(x, y)
