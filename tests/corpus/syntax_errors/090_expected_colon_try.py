# missing ':' after try
try
    pass
finally:
    pass
