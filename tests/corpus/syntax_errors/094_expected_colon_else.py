# missing ':' after else
if x:
    pass
else
    pass
