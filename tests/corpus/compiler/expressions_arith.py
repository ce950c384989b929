x = a + b - c * d / e // f % g ** h @ i
y = a << b >> c & d | e ^ f
z = -a + +b - ~c
w = not a
v = a and b or c and not d
u = a if b else c
