# list in-place operations and aliasing: +=, *=, slice assignment on aliases, extend with itself, clear through alias.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = [1, 2]
b = a
a += [3]
a *= 2
print(a, b, a is b)
a.extend(a)
print(a)
a[:] = a[::-1]
print(b)
a[len(a):] = [0]
a[:0] = [-1]
print(b)
c = b
c.clear()
print(a, b, c)
x = [[]] * 3
x[0].append(1)
print(x)
m = [1, 2, 3]
m *= 0
print(m)
n = [1]
n *= -5
print(n)
def f(lst=[]):
    lst += [len(lst)]
    return lst
print(f(), f(), f([9]))
