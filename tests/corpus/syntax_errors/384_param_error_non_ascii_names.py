# parameter error with non-ASCII parameter names
def f(ä=1, ö):
    pass
