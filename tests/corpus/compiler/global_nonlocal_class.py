x = 1
class C:
    global x
    x = 2
    def f(self):
        return x
def outer():
    y = 1
    class D:
        y = 2
        def g(self):
            return y
    return D
