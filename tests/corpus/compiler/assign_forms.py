a = 1
a = b = 2
a, b = b, a
a, (b, c) = 1, (2, 3)
[a, b] = x
a, *b, c = range(5)
x.y = 1
x[0] = 2
x[1:2] = [3]
a += 1
x.y -= 2
x[0] *= 3
a: int = 1
b: list
x.y: int = 2
del a, x.y, x[0]
