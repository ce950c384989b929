# sys.getsizeof and __sizeof__ of exceptions: each builtin layout, Python subclasses (weakref pointer, __slots__), groups.
import sys
class E(Exception): pass
class F(Exception): __slots__=('a','b')
class G(OSError): pass
for t in [BaseException, StopIteration, SystemExit, ImportError, ModuleNotFoundError, AttributeError, NameError, OSError, FileNotFoundError, SyntaxError, UnicodeError, BaseExceptionGroup, ExceptionGroup, KeyError, E, F, G]:
    x = t('m', [ValueError()]) if 'Group' in t.__name__ else t()
    print(t.__name__, x.__sizeof__(), sys.getsizeof(x))
print(sys.getsizeof(UnicodeDecodeError('a', b'x', 0, 1, 'r')))
