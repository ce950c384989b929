# * argument may appear only once (bare *)
def f(*, a, *):
    pass
