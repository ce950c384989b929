r = a < b
r = a < b <= c
r = a == b != c > d >= e
r = a is b, a is not b, a in b, a not in b
r = not (a is b)
r = not (a in b)
r = not (a == b)
if a < b < c:
    pass
