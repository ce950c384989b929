def f(x):
    assert x
    assert x, "message"
    if x:
        raise
    raise ValueError("x") from None
