def f(x):
    match x:
        case 1:
            return "one"
        case "a" | "b":
            return "ab"
        case [a, b, *rest]:
            return a
        case {"k": v, **kw}:
            return v
        case Point(x=0, y=yy):
            return yy
        case (1, 2) as t:
            return t
        case None | True:
            return None
        case -1 | 1.5 | 2j | -1-2j:
            return 0
        case str() if x:
            return x
        case _:
            return None
