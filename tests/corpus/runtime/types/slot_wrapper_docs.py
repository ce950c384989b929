# The __doc__ of slot wrappers (wrapper_descriptor) and of their bound form (method-wrapper): CPython's slotdefs
# text, the same for every type; a Python-level method keeps its own.
import sys
names = ['__add__', '__radd__', '__sub__', '__mul__', '__rmul__', '__truediv__', '__floordiv__', '__mod__',
         '__pow__', '__rpow__', '__neg__', '__pos__', '__abs__', '__bool__', '__invert__', '__lshift__', '__and__',
         '__or__', '__xor__', '__int__', '__float__', '__index__', '__lt__', '__le__', '__eq__', '__ne__', '__gt__',
         '__ge__', '__hash__', '__repr__', '__str__', '__len__', '__contains__', '__iter__', '__next__',
         '__setitem__', '__delitem__', '__iadd__', '__imul__', '__init__', '__setattr__', '__delattr__', '__call__',
         '__get__', '__set__', '__delete__']
for t in [int, float, str, list, dict, set, object, complex, type(iter([])), property, type(len)]:
    for name in names:
        value = getattr(t, name, None)
        if type(value).__name__ == 'wrapper_descriptor':
            print(t.__name__, name, repr(value.__doc__))
print(repr((1).__add__.__doc__), repr([].__len__.__doc__), repr(iter([]).__next__.__doc__))
g = (i for i in range(2))
print(type(g.__next__).__name__, repr(g.__next__.__doc__), repr(type(g).__iter__.__doc__))
class A:
    def __len__(self):
        "mine"
        return 0
    def __add__(self, other): return 1
print(repr(A.__len__.__doc__), repr(A.__add__.__doc__), repr(A().__hash__.__doc__), repr(A.__init__.__doc__))
