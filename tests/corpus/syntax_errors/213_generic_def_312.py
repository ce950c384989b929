# 3.12 type parameter syntax
def f[T](x: T):
    pass
