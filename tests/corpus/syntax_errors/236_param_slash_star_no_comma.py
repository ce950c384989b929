# expected comma between / and *
def f(a=1, /*, b):
    pass
