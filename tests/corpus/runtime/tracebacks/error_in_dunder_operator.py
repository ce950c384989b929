# uncaught error raised inside __add__ invoked by the + operator.
class Vector:
    def __init__(self, xs):
        self.xs = xs
    def __add__(self, other):
        return Vector([a + b for a, b in zip(self.xs, other.xs, strict=True)])
Vector([1, 2]) + Vector([1, 2, 3])
