def f(x):
    if x in [1, 2, 3]:
        return 1
    if x not in {4, 5, 'a', 'b'}:
        return 2
    if x in [a, b]:
        return 3
    for y in [1, 2]:
        pass
    for y in {1, 2}:
        pass
    for y in [p, q]:
        pass
    return [z for z in [1, 2] if z in {3, 4}]
