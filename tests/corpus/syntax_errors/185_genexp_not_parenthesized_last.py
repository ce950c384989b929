# Generator expression must be parenthesized (last argument)
f(1, x for x in y)
