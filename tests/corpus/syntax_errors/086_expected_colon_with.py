# missing ':' after with
with open(f) as g
    pass
