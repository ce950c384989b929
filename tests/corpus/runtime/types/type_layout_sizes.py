# type.__basicsize__, __itemsize__ and __flags__ of builtin types and classes, and object.__sizeof__ from them.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for tp in (object, int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset,
           range, slice, type, BaseException, Exception, OSError, StopIteration, SyntaxError, property,
           staticmethod, classmethod, super, enumerate, zip, map, filter, reversed, memoryview):
    print(tp.__name__, tp.__basicsize__, tp.__itemsize__)
HEAPTYPE, BASETYPE, GC, MANAGED_DICT = 1 << 9, 1 << 10, 1 << 14, 1 << 4
LONG_SUBCLASS, LIST_SUBCLASS, TUPLE_SUBCLASS, BYTES_SUBCLASS = 1 << 24, 1 << 25, 1 << 26, 1 << 27
UNICODE_SUBCLASS, DICT_SUBCLASS, EXC_SUBCLASS, TYPE_SUBCLASS = 1 << 28, 1 << 29, 1 << 30, 1 << 31
SEQUENCE, MAPPING = 1 << 5, 1 << 6
def bits(tp):
    f = tp.__flags__
    names = ['HEAPTYPE', 'BASETYPE', 'GC', 'MANAGED_DICT', 'LONG_SUBCLASS', 'LIST_SUBCLASS', 'TUPLE_SUBCLASS',
             'BYTES_SUBCLASS', 'UNICODE_SUBCLASS', 'DICT_SUBCLASS', 'EXC_SUBCLASS', 'TYPE_SUBCLASS', 'SEQUENCE', 'MAPPING']
    return [n for n in names if f & globals()[n]]
for tp in (object, int, bool, str, list, tuple, dict, type, Exception, bytes, range):
    print(tp.__name__, bits(tp))
class Plain: pass
class Slotted:
    __slots__ = ('a', 'b')
class SlottedWeak:
    __slots__ = ('a', '__weakref__')
class MyList(list): pass
class MyInt(int): pass
class MyExc(Exception): pass
class MyDict(dict): pass
class MyStr(str): pass
class MyTuple(tuple): pass
class Meta(type): pass
class Sub(Plain): pass
class SubSlotted(Slotted):
    __slots__ = ('c',)
for tp in (Plain, Slotted, SlottedWeak, MyList, MyInt, MyExc, MyDict, MyStr, MyTuple, Meta, Sub, SubSlotted):
    print(tp.__name__, tp.__basicsize__, tp.__itemsize__, bits(tp))
print(type(int.__flags__).__name__)
print(sys.getsizeof(range(5)), sys.getsizeof(slice(1, 2)), sys.getsizeof(object()), sys.getsizeof(Slotted()))
print(object().__sizeof__(), Slotted().__sizeof__(), SlottedWeak().__sizeof__(), SubSlotted().__sizeof__(), MyExc().__sizeof__())
t('set basicsize', lambda: setattr(Plain, '__basicsize__', 1))
t('set flags', lambda: setattr(int, '__flags__', 1))
print(bool in int.__subclasses__(), Exception in BaseException.__subclasses__(), ExceptionGroup in Exception.__subclasses__())
print(MyInt in int.__subclasses__(), Sub in Plain.__subclasses__())
