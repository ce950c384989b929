# exception args, str() and repr() for zero, one and many args, and for exceptions with special str (KeyError, OSError...).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for cls in [Exception, ValueError, KeyError, IndexError, RuntimeError, StopIteration, SystemExit, LookupError, UnicodeError]:
    for args in [(), ('msg',), (1, 2), ('',), (None,), (['list'],)]:
        e = cls(*args)
        print(cls.__name__, args, repr(str(e)), repr(e), e.args)
print(str(KeyError('k')), str(KeyError()), str(KeyError('a', 'b')), repr(KeyError('k')))
print(str(OSError(2, 'No such file')), repr(OSError(2, 'No such file')), OSError(2, 'x').errno, OSError(2, 'x').strerror)
print(type(OSError(2, 'x')).__name__, type(OSError(13, 'x')).__name__, type(OSError(17, 'x')).__name__, type(OSError(111, 'x')).__name__)
print(str(OSError(2, 'No such file', 'path.txt')), OSError(2, 'x', 'f').filename, str(OSError(1, 'a', 'f1', None, 'f2')))
e = ValueError('a')
e.args = ('changed', 2)
print(str(e), repr(e))
e.args = 'xy'
print(e.args)
print(str(SyntaxError('msg', ('file.py', 3, 4, 'text', 3, 5))), SyntaxError('m').msg, SyntaxError().lineno)
print(repr(StopIteration(5).value), StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')))
print(str(UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal not in range(128)')))
print(str(UnicodeTranslateError('é', 0, 1, 'no mapping')))
print(ImportError('m', name='mod', path='p').name, ImportError('m', name='mod').path, ModuleNotFoundError('x').msg)
print(str(AttributeError('a', name='n', obj=1)) , AttributeError('a', name='n', obj=1).name, NameError('n', name='q').name)
t('kwargs rejected', lambda: ValueError(x=1))
t('BaseException kwargs', lambda: BaseException(a=1))
