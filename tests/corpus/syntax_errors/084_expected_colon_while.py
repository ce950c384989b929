# missing ':' after while
while x
    pass
