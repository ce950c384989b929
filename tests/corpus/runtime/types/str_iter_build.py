# str building: repeated concatenation, join of many parts, in-place += inside loops and functions.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

s = ''
for i in range(200):
    s += str(i % 10)
print(len(s), s[:25], s[-5:])
parts = []
for i in range(100):
    parts.append(chr(65 + i % 26))
print(''.join(parts))
def build(n):
    out = ''
    for i in range(n):
        out = out + '<' + str(i) + '>'
    return out
print(build(12), len(build(300)))
t = 'ab'
u = t
t += 'cd'
print(t, u, t is u)
print('-'.join(map(str, range(20))), '.'.join([]), ''.join(reversed('stressed')))
print(('x' * 3 + 'y') * 2, 'a' + 'b' * 2 + 'c' * 0)
print(str(12) + str(3.5) + str(None) + str([1]) + str((2,)) + str({3: 4}))
