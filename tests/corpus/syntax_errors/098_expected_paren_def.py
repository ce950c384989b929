# missing '(' after def name
def f:
    pass
