# missing ':' after elif
if x:
    pass
elif y
    pass
