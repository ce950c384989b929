# cannot assign to literal in a second with item
with a as b, c as 1:
    pass
