# isinstance/issubclass: tuples (nested), bool/int, object, type, union types, non-class errors, __instancecheck__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('basic', lambda: [isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance('a', (int, str)), isinstance(1, ((float,), (int,)))])
t('object', lambda: [isinstance(x, object) for x in (1, None, int, object, type)])
t('type', lambda: [isinstance(int, type), isinstance(type, type), isinstance(1, type)])
t('empty tuple', lambda: isinstance(1, ()))
t('union', lambda: (isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | float)))
t('bad second', lambda: isinstance(1, 1))
t('bad in tuple', lambda: isinstance(1, (int, 1)))
t('bad early in tuple', lambda: isinstance('x', (1, str)))
t('issubclass', lambda: [issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, (str, int)), issubclass(type, object)])
t('issubclass non class', lambda: issubclass(1, int))
t('issubclass bad second', lambda: issubclass(int, 1))
class A: pass
class B(A): pass
t('user', lambda: (isinstance(B(), A), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A))))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
t('instancecheck', lambda: (isinstance('magic', Magic), isinstance(1, Magic), isinstance(Magic(), Magic)))
t('subclasscheck', lambda: (issubclass(int, Magic), issubclass(str, Magic), issubclass(Magic, Magic)))
class Fake:
    __class__ = int
t('fake class', lambda: (isinstance(Fake(), int), type(Fake()).__name__))
t('generic alias', lambda: isinstance([], list[int]))
t('deep tuple', lambda: isinstance(1, (((((int,),),),),)))
