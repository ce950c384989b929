# while loops: complex conditions, walrus in condition, nested break/continue with flags, loops modifying their condition variables.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

data = [5, 3, 8, 1, 9, 2]
i = 0
found = None
while i < len(data) and found is None:
    if data[i] > 7:
        found = data[i]
    i += 1
print(found, i)
stack = [1, [2, [3, [4]]]]
flat = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(reversed(top))
    else:
        flat.append(top)
print(flat)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
buf = list('abcdef')
while (c := buf.pop(0)) != 'd':
    if c == 'b':
        continue
    print('char', c)
print(buf)
x = 0
while True:
    x += 1
    if x < 3:
        continue
    break
print(x)
