# default __eq__/__ne__: identity equality, __ne__ inverting __eq__ results, NotImplemented propagation and non-bool results.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, E):
            return NotImplemented
        return self.v == o.v
a, b = E(1), E(1)
print(a == b, a != b, a == 1, a != 1, a is b)
class Weird:
    def __eq__(self, o):
        return 'truthy string'
print(Weird() == 1, Weird() != 1, not (Weird() == 1))
class NonBoolNe:
    def __eq__(self, o):
        return 0
print(NonBoolNe() != 1)
print(object() == object(), (lambda o: o == o)(object()))
