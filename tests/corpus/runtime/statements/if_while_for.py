# if/elif/else, while/else and for/else with break/continue, truthiness of conditions, loop variable after loop.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for n in [0, 1, 5, 10, -3]:
    if n < 0:
        print(n, 'negative')
    elif n == 0:
        print(n, 'zero')
    elif n < 5:
        print(n, 'small')
    else:
        print(n, 'big')
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print('while', i)
else:
    print('while else not reached')
i = 0
while i < 3:
    i += 1
else:
    print('while else', i)
for x in range(3):
    pass
else:
    print('for else', x)
for x in range(10):
    if x == 3:
        break
else:
    print('not reached')
print('after break', x)
for ch in '':
    pass
else:
    print('empty for else')
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in [1, 2, 3]:
    for y in [1, 2, 3]:
        if y == 2:
            continue
        if x == 2:
            break
        print('nested', x, y)
    else:
        print('inner else', x)
class Falsy:
    def __bool__(self):
        return False
class Lengthy:
    def __len__(self):
        return 0
print('yes' if Falsy() else 'no', 'yes' if Lengthy() else 'no', 'yes' if [0] else 'no')
count = 0
while count < 100000:
    count += 1
print(count)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
print(lst)
