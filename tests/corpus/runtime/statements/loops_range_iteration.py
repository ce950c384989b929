# for loops over ranges, reversed ranges, strings, dicts with mutation errors, and loop variables in closures.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

total = 0
for i in range(1, 1001):
    total += i * i
print(total)
print([i for i in range(10, 0, -3)], [i for i in reversed(range(5))], [c for c in 'héllo'])
d = {'a': 1, 'b': 2}
for k in d:
    d[k] *= 10
print(d)
try:
    for k in d:
        d['new'] = 0
except RuntimeError as e:
    print('RuntimeError', e)
try:
    s = {1, 2}
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print('RuntimeError', e)
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
for i in range(3):
    pass
print(i)
for i in range(0):
    never = True
print('never' in dir())
n = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            n += a * b * c
print(n)
