# case guard without a condition
match x:
    case 1 if:
        pass
