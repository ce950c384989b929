# cannot assign to function call in a with target
with a as f():
    pass
