# match block without case
match x:
    pass
