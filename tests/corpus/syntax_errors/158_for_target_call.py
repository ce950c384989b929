# cannot assign to function call in a for target
for f() in x:
    pass
