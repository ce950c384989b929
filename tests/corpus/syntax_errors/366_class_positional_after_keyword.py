# positional after keyword in class bases
class A(x=1, y):
    pass
