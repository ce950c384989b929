a = x[0]
b = x[1:2]
c = x[::2]
d = x[a:b:c]
e = x[1, 2]
f = x[1:2, 3]
g = x[:]
x[a:b] = y
del x[a:b]
