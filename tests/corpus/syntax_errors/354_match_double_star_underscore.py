# **_ in a mapping pattern
match x:
    case {1: _, **_}:
        pass
