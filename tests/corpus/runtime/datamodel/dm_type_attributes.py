def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class A:
    x: int = 1
    def m(self): pass
class B: pass
t(lambda: A.__annotations__)
t(lambda: B.__annotations__)
t(lambda: int.__annotations__)
t(lambda: type.__abstractmethods__)
t(lambda: A.__abstractmethods__)
A.__abstractmethods__ = ('z', 'm')
t(lambda: A())
A.__abstractmethods__ = ['m']
t(lambda: A())
A.__abstractmethods__ = ()
t(lambda: type(A()).__name__)
del A.__abstractmethods__
t(lambda: A.__abstractmethods__)
def delabs(): del A.__abstractmethods__
t(delabs)
t(lambda: setattr(int, '__abstractmethods__', 1))
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 5
    def __subclasscheck__(cls, sub): return sub is int
class Q(metaclass=Meta): pass
print(isinstance(5, Q), isinstance(4, Q), issubclass(int, Q), issubclass(str, Q))
print(type.__instancecheck__(Q, Q()), type.__subclasscheck__(Q, Q))
t(lambda: issubclass(1, Q))
t(lambda: issubclass(1, int))
t(lambda: isinstance(1, 1))
class WithDoc:
    "the doc"
print(WithDoc.__doc__, WithDoc().__doc__, B.__doc__)
t(lambda: setattr(int, 'x', 1))
t(lambda: setattr(int, '__name__', 'y'))
t(lambda: delattr(B, 'nope'))
B.__name__ = 'BB'; B.__qualname__ = 'Q.BB'
print(B, B.__name__, B.__qualname__)
t(lambda: setattr(B, '__name__', 1))
t(lambda: setattr(B, '__qualname__', 1))
t(lambda: delattr(B, '__name__'))

t(lambda: B.__module__)
B.__module__ = 'mod'
print(B)
t(lambda: type.__new__(1))
t(lambda: type.__new__(type))
t(lambda: type.__new__(type, 'a', (), {}).__name__)
t(lambda: type.__call__(int))
t(lambda: object.__new__(1))
