# Generator expression must be parenthesized (first argument)
f(x for x in y, 1)
