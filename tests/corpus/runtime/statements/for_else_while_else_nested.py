# for/while else clauses with nested loops, break in inner loop only, else after exceptions caught inside.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return (r, c)
    else:
        return None
m = [[1, 2], [3, 4], [5, 6]]
print(find(m, 4), find(m, 7), find([], 1))
def primes(n):
    out = []
    for k in range(2, n):
        for d in range(2, k):
            if k % d == 0:
                break
        else:
            out.append(k)
    return out
print(primes(50))
i = 0
while i < 3:
    try:
        i += 1
        if i == 2:
            raise ValueError
    except ValueError:
        print('caught at', i)
else:
    print('while else after', i)
