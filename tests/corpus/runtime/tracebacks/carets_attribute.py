# AttributeError traceback with carets under the attribute access, in a method call chain.
class Node:
    def __init__(self):
        self.child = None
root = Node()
root.child = Node()
value = root.child.child.name
