def f(x):
    if x:
        a = 1
    elif x > 2:
        a = 2
    else:
        a = 3
    while x:
        x -= 1
        if x == 5:
            break
        if x == 6:
            continue
    else:
        a = 4
    while True:
        break
    return a
