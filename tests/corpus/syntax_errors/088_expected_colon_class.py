# missing ':' after class
class A(B)
    pass
