# Generator expression must be parenthesized (after args)
f(a, b, x for x in y, c)
