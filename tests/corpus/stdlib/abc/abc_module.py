# abc: ABCMeta, abstractmethod/property/classmethod/staticmethod, register (virtual subclasses), __subclasshook__, instantiation errors, update_abstractmethods, caches.
import abc, collections.abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    def describe(self): return f'{self.name}: {self.area()}'
print(sorted(Shape.__abstractmethods__), type(Shape).__name__, isinstance(Shape, abc.ABCMeta))
for cls_body in [{}, {'area': lambda s: 1}, {'area': lambda s: 1, 'name': 'x'}]:
    C = type('Partial', (Shape,), cls_body)
    try: print(C())
    except TypeError as e: print(type(e).__name__, e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    name = 'square'
    @classmethod
    def make(cls): return cls(2)
print(Sq.make().describe(), Sq.__abstractmethods__, issubclass(Sq, Shape))
class Duck:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
print(issubclass(Duck, collections.abc.Sized), issubclass(Duck, collections.abc.Collection), isinstance(Duck(), collections.abc.Iterable), issubclass(Duck, collections.abc.Sequence))
class MyABC(abc.ABC): pass
MyABC.register(tuple); print(issubclass(tuple, MyABC), isinstance((), MyABC), issubclass(list, MyABC), MyABC.register(int) is int)
@MyABC.register
class Virt: pass
print(issubclass(Virt, MyABC), MyABC in Virt.__mro__)
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return True if hasattr(C, 'quack') else NotImplemented
class Q:
    def quack(self): pass
print(issubclass(Q, Hook), issubclass(int, Hook), isinstance(Q(), Hook))
class Meta(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def m(self): ...
try: Meta()
except TypeError as e: print(type(e).__name__, e)
class Later(abc.ABC):
    def x(self): ...
Later.x = abc.abstractmethod(Later.x); abc.update_abstractmethods(Later)
try: Later()
except TypeError as e: print(type(e).__name__, e)
print(abc.get_cache_token() >= 0, getattr(Shape.area, '__isabstractmethod__', False), getattr(Sq.area, '__isabstractmethod__', False))
try: MyABC.register(5)
except TypeError as e: print(type(e).__name__, e)
class A2(abc.ABC): pass
class B2(A2): pass
try: B2.register(A2)
except RuntimeError as e: print(type(e).__name__, e)
print(abc.abstractproperty.__name__, abc.ABC.__slots__, issubclass(bool, collections.abc.Hashable), issubclass(list, collections.abc.Hashable))
print(sorted(collections.abc.MutableMapping.__abstractmethods__), sorted(collections.abc.Sequence.__abstractmethods__))
