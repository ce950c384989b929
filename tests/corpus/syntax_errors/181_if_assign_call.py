# cannot assign to function call here
if f() = 1:
    pass
