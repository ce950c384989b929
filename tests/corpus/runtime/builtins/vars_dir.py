# vars() and dir(): modules, classes, instances, __dict__-less objects, __dir__ overrides, locals inside functions.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        pass
c = C()
t('vars instance', lambda: vars(c))
t('vars class keys', lambda: sorted(k for k in vars(C) if not k.startswith('__')))
t('vars no dict', lambda: vars(1))
t('vars slots', lambda: vars(type('S', (), {'__slots__': ('x',)})()))
def f():
    x = 1
    y = 'two'
    return vars()
t('vars no arg', f)
t('dir instance', lambda: [n for n in dir(c) if not n.startswith('__')])
t('dir class', lambda: [n for n in dir(C) if not n.startswith('__')])
t('dir int', lambda: [n for n in dir(1) if not n.startswith('_')])
t('dir list', lambda: [n for n in dir([]) if not n.startswith('_')])
t('dir dict', lambda: [n for n in dir({}) if not n.startswith('_')])
class D:
    def __dir__(self):
        return ['z', 'a', 'm']
t('dir custom', lambda: dir(D()))
class BadDir:
    def __dir__(self):
        return 5
t('dir bad', lambda: dir(BadDir()))
def g():
    p = 1
    q = 2
    return dir()
t('dir locals', g)
t('dir module names', lambda: [n for n in ('C', 'c', 'f', 't') if n in dir()])
t('dir type', lambda: [n for n in dir(type) if not n.startswith('_')])
t('dir sorted', lambda: dir(c) == sorted(dir(c)))
