# missing ':' after def
def f()
    pass
