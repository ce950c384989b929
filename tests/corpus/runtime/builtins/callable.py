# callable(): functions, classes, instances with/without __call__, builtins, methods, and instance-level __call__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class C:
    pass
class D:
    def __call__(self):
        return 'called'
c = C()
c.__call__ = lambda: 1
t('values', lambda: [callable(x) for x in (len, print, C, C(), D(), D, lambda: 0, 1, 'a', None, [].append, str.upper, type, object(), c)])
t('call instance attr', lambda: c())
t('call D', lambda: D()())
t('no args', lambda: callable())
