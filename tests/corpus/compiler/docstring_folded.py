"doc" "string"
def f():
    "a" + "b"
    return 1
class C:
    """doc"""
    def g(self):
        1
