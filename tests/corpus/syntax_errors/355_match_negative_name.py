# negated name in a pattern
match x:
    case -a:
        pass
