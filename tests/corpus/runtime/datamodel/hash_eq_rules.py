# __hash__/__eq__ rules: defining __eq__ sets __hash__ to None, inheritance of __hash__, explicit re-enable, dict/set use.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class EqOnly:
    def __eq__(self, o):
        return True
class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Both) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
class Child(Both):
    def __eq__(self, o):
        return False
class ChildKeep(Both):
    def __eq__(self, o):
        return False
    __hash__ = Both.__hash__
class HashOnly:
    def __hash__(self):
        return 7
print(EqOnly.__hash__, Child.__hash__, ChildKeep.__hash__ is Both.__hash__, HashOnly.__eq__ is object.__eq__)
t('unhashable', lambda: {EqOnly()})
t('child unhashable', lambda: hash(Child(1)))
print(hash(ChildKeep(1)) == hash(1), len({Both(1), Both(1), Both(2)}), {Both('a'): 1}[Both('a')], hash(HashOnly()))
class Flaky:
    def __init__(self):
        self.h = 0
    def __hash__(self):
        self.h += 1
        return self.h
    def __eq__(self, o):
        return self is o
f = Flaky()
s = {f}
print(f in s, f in s)
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.v == o.v
d = {Collide(i): i for i in range(5)}
print(len(d), d[Collide(3)], Collide(9) in d)
print(hash(1) == hash(1.0) == hash(True), {1: 'a', 1.0: 'b'}, 1.0 in {1}, frozenset({1.0}) == frozenset({1}))
