# getattr/setattr/delattr/hasattr: defaults, non-string names, AttributeError vs other exceptions in hasattr.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class C:
    x = 1
    @property
    def boom(self):
        raise ValueError('boom')
    @property
    def missing(self):
        raise AttributeError('missing inside')
c = C()
t('getattr', lambda: (getattr(c, 'x'), getattr(c, 'y', 'dflt'), getattr(C, '__name__')))
t('getattr missing', lambda: getattr(c, 'y'))
t('getattr bad name', lambda: getattr(c, 1))
t('getattr property raise', lambda: getattr(c, 'boom', 'dflt'))
t('getattr property attrerror', lambda: getattr(c, 'missing', 'dflt'))
t('hasattr', lambda: (hasattr(c, 'x'), hasattr(c, 'nope'), hasattr(c, 'missing')))
t('hasattr raises', lambda: hasattr(c, 'boom'))
t('hasattr bad name', lambda: hasattr(c, 5))
t('setattr', lambda: (setattr(c, 'y', 2), c.y, c.__dict__))
t('setattr bad name', lambda: setattr(c, b'z', 1))
t('delattr', lambda: (delattr(c, 'y'), hasattr(c, 'y')))
t('delattr missing', lambda: delattr(c, 'y'))
t('delattr class attr via instance', lambda: delattr(c, 'x'))
t('args', lambda: getattr(c))
t('getattr str subclass name', lambda: getattr(c, type('S', (str,), {})('x')))
t('setattr on int', lambda: setattr(1, 'a', 2))
t('getattr builtin', lambda: getattr([], 'append').__name__)
