def f():
    x = 0
    def g():
        x = 1
        nonlocal x
