def f(xs):
    if (n := len(xs)) > 10:
        return n
    return [y for x in xs if (y := x)]
