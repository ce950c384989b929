# invalid pattern target (attribute)
match x:
    case [a] as b.c:
        pass
