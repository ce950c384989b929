# missing ':' after bare except
try:
    pass
except
    pass
