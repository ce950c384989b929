# _abc: the C half of ABCMeta driven by a small metaclass: abstract methods, register, caches, hooks, errors.
import _abc
print(sorted(dir(_abc)))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        _abc._abc_init(cls)
        return cls
    def register(cls, subclass): return _abc._abc_register(cls, subclass)
    def __instancecheck__(cls, instance): return _abc._abc_instancecheck(cls, instance)
    def __subclasscheck__(cls, subclass): return _abc._abc_subclasscheck(cls, subclass)
def abstract(f):
    f.__isabstractmethod__ = True
    return f
class Base(metaclass=Meta):
    @abstract
    def f(self): pass
    @abstract
    def g(self): pass
    @classmethod
    def __subclasshook__(cls, C): return NotImplemented
print(sorted(Base.__abstractmethods__))
class Half(Base):
    def f(self): return 1
print(sorted(Half.__abstractmethods__))
try: Half()
except TypeError as e: print(e)
class Full(Half):
    def g(self): return 2
print(Full.__abstractmethods__, Full().g())
t0 = _abc.get_cache_token()
print(Base.register(int), _abc.get_cache_token() - t0)
print(isinstance(3, Base), issubclass(bool, Base), isinstance('x', Base), issubclass(Full, Base), isinstance(Full(), Half))
r, c, n, v = _abc._get_dump(Base); print(len(r), len(c), len(n), v == _abc.get_cache_token())
try: Base.register(3)
except TypeError as e: print(e)
class Sub(Base): pass
try: Sub.register(Base)
except RuntimeError as e: print(e)
try: issubclass(3, Base)
except TypeError as e: print(e)
_abc._reset_caches(Base); _abc._reset_registry(Base); print([len(x) for x in _abc._get_dump(Base)[:3]])
print(isinstance(3, Base))
class Hook(metaclass=Meta):
    @classmethod
    def __subclasshook__(cls, C): return hasattr(C, 'quack') or NotImplemented
class Duck:
    quack = 1
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))
class Bad(metaclass=Meta):
    @classmethod
    def __subclasshook__(cls, C): return 5
try: issubclass(int, Bad)
except AssertionError as e: print(e)
try: _abc._abc_instancecheck(int, 3)
except Exception as e: print(type(e).__name__, e)
