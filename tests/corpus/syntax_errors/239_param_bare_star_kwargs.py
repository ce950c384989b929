# named arguments must follow bare * (before **)
def f(*, **k):
    pass
