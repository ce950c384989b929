# missing ':' after parenthesized with
with (open(f) as g)
    pass
