# None, NotImplemented and Ellipsis: repr, truth, types, identity, calling their types, comparison errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(None, repr(None), type(None), bool(None), None is None, None == None, None != 0, hash(None) == hash(None))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, Ellipsis, ..., ... is Ellipsis, type(...).__name__, repr(...))
t('none type call', lambda: type(None)() is None)
t('ellipsis type call', lambda: type(...)() is ...)
t('notimpl type call', lambda: type(NotImplemented)() is NotImplemented)
t('none type args', lambda: type(None)(1))
t('none lt', lambda: None < None)
t('none attr', lambda: None.foo)
n = None
t('none call', lambda: n())
t('none setattr', lambda: setattr(None, 'x', 1))
t('none sub', lambda: n[0])
t('none iter', lambda: iter(None))
t('ellipsis bool', lambda: bool(...))
import sys
t('none str', lambda: (str(None), format(None), f'{None!r:>6}'))
t('none format spec', lambda: format(None, '>6'))
t('none dir', lambda: [n for n in dir(None) if not n.startswith('__')])
t('none class', lambda: (None.__class__.__name__, (...).__class__.__name__))
t('none type name', lambda: (type(None).__name__, type(None).__qualname__, type(None).__module__))
t('ellipsis reduce', lambda: (...).__reduce__())
t('none bool dunder', lambda: None.__bool__())
t('subclass none', lambda: type('X', (type(None),), {}))
