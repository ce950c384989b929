# assignment to yield expression not possible
def f():
    (yield) = 1
