# lambda parameters cannot be annotated
f = lambda a: int: 0
