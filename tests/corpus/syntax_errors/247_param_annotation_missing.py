# missing annotation expression
def f(a:):
    pass
