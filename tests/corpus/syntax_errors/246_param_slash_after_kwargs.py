# arguments cannot follow var-keyword argument (/)
def f(**k, /):
    pass
