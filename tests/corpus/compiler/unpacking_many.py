a, b, c, d = t
(a, b), c = t
a, *b = t
*a, b = t
for a, b in t:
    pass
