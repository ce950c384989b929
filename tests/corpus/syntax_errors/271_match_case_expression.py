# arbitrary expression as a pattern
match x:
    case a + b:
        pass
