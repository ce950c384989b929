# assignment expressions: in if/while/comprehensions, scope rules in comprehensions, precedence.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

if (n := 10) > 5:
    print('n', n)
data = [1, 2, 3, 4]
while (item := data.pop()) != 2:
    print('popped', item)
print([y for x in range(6) if (y := x * x) % 2], y)
def f():
    [(last := v) for v in 'abc']
    return last
print(f())
print((a := 1, b := 2), a, b)
values = [z := 5, z + 1]
print(values, z)
print(total := sum(range(5)), total)
def g():
    total = 0
    results = [total := total + v for v in range(4)]
    return results, total
print(g())
print(any((hit := v) > 2 for v in range(10)), hit)
