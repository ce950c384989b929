# getattr/setattr on builtin types and instances: read-only attributes, __dict__ access, special names.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('int real', lambda: getattr(5, 'real'))
t('set int attr', lambda: setattr(5, 'real', 1))
t('list attr', lambda: setattr([], 'x', 1))
t('func attr', lambda: (lambda f: (setattr(f, 'tag', 1), f.tag)[1])(lambda: 0))
t('type attr read', lambda: getattr(int, '__name__'))
t('builtin function attr', lambda: setattr(len, 'x', 1))
t('str method', lambda: getattr('abc', 'upper')())
t('class attr via instance', lambda: getattr(ValueError('x'), 'args'))
t('exception setattr', lambda: (lambda e: (setattr(e, 'extra', 1), e.extra, vars(e))[1:])(ValueError()))
t('none attr', lambda: getattr(None, '__class__').__name__)
t('module attr', lambda: getattr(__import__('sys'), 'maxsize') > 0)
t('getattr with default none', lambda: getattr(1, 'nope', None))
t('dir int contains', lambda: all(hasattr(1, n) for n in dir(1)))
