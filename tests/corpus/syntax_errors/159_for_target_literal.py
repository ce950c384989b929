# cannot assign to literal in a for target
for 1 in x:
    pass
