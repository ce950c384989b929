# reprlib: Repr limits for each container, strings, ints, nested levels, recursive_repr, custom repr_<type> methods.
import reprlib, array, collections
r = reprlib.Repr()
print(r.repr(list(range(100))), r.repr(tuple(range(10))), r.repr(set(range(20))), r.repr(frozenset(range(10))), r.repr({i: i for i in range(10)}))
print(r.repr('x' * 100), r.repr(b'y' * 100) if False else '', r.repr(2 ** 200), r.repr([[[[[1]]]]]), r.repr(array.array('i', range(10))), r.repr(collections.deque(range(10))))
print(reprlib.repr(range(1000)), reprlib.repr(object) , reprlib.repr('short'), reprlib.repr([]), reprlib.repr({}))
r.maxlist = 2; r.maxstring = 10; r.maxlevel = 2; r.maxother = 8; r.maxlong = 10; r.maxdict = 1
print(r.repr(list(range(5))), r.repr('abcdefghijklmnop'), r.repr([[[1]]]), r.repr({'a': 1, 'b': 2}), r.repr(12345678901234567890), r.repr(range(1000)))
class My(reprlib.Repr):
    def repr_TextIOWrapper(self, obj, level): return f'<file {obj.name!r}>'
    def repr_int(self, obj, level): return f'int:{obj}'
import sys
print(My().repr(sys.stdin).startswith('<file'), My().repr([1, 2]))
class Node:
    def __init__(self): self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self): return f'Node({self.kids})'
n = Node(); n.kids.append(n); n.kids.append(Node()); print(repr(n))
class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self): return f'Other<{self.x!r}>'
o = Other(); o.x = [o]; print(repr(o), Other.__repr__.__name__, Other.__repr__.__wrapped__.__name__ if hasattr(Other.__repr__, '__wrapped__') else '')
class Bad:
    def __repr__(self): raise ValueError('no repr')
print(reprlib.repr(Bad()).startswith('<Bad instance at 0x'), reprlib.aRepr.maxlist, reprlib.aRepr.maxstring)
