# generators defined as methods, classmethods and staticmethods; __iter__ implemented as a generator; generator keeping self alive.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    @classmethod
    def leaves(cls, *values):
        for v in values:
            yield cls(v)
    @staticmethod
    def count_up(n):
        yield from range(n)
t_ = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t_), list(t_.depth_first()), [x.value for x in Tree.leaves('a', 'b')], list(Tree.count_up(3)))
print(sum(Tree(5, *Tree.leaves(1, 2))), sorted(Tree(9, Tree(7), Tree(8)), reverse=True))
