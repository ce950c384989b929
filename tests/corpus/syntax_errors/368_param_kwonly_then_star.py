# * after keyword-only parameters
def f(*, a, *b):
    pass
