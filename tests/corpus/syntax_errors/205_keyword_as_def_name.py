# keyword as a function name
def if():
    pass
