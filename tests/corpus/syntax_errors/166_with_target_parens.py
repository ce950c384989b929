# invalid with target in parenthesized form
with (a as b + 1):
    pass
