# operations on None/Ellipsis/NotImplemented: equality, identity, use as dict keys, sorting errors, repr in containers.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print({None: 1, ...: 2, NotImplemented: 3}, [None, ..., NotImplemented], None == None, ... == ..., None != ...)
t('sort none', lambda: sorted([None, 1]))
t('ellipsis add', lambda: ... + 1)
t('none in', lambda: None in None)
t('none len', lambda: len(...))
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, None.__class__ is type(None))
print(hash(None) == hash(None), [x is None for x in (None, 0, '', [])], isinstance(None, object), issubclass(type(None), object))
