# missing ':' after except
try:
    pass
except ValueError
    pass
