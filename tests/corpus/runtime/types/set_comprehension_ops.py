# set comprehensions and set algebra identities over generated data, with sorted output and length checks.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = {x * 3 % 17 for x in range(40)}
b = {x * 5 % 19 for x in range(40)}
print(sorted(a), sorted(b))
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print((a | b) == (a - b) | (b - a) | (a & b), (a ^ b) == (a | b) - (a & b), a <= a | b, a & b <= a)
print(len({(i, j) for i in range(10) for j in range(i)}), {c for c in 'mississippi'} == set('misp'))
s = set()
for i in range(100):
    s ^= {i % 7}
print(sorted(s))
print(sorted({frozenset({i, i + 1}) for i in range(3)}, key=sorted))
