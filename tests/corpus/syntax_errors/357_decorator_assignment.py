# assignment in a decorator
@x = 1
def f():
    pass
