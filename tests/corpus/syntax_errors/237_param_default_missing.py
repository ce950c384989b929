# expected default value expression
def f(a, b=):
    pass
