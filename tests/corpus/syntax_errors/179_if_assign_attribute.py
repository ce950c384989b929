# cannot assign to attribute here
if x.y = 1:
    pass
