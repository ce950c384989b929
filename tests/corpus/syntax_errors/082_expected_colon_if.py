# missing ':' after if
if x
    pass
