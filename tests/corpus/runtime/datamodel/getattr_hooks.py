# __getattr__ and __getattribute__: fallback order, AttributeError from __getattribute__ falling back to __getattr__, recursion guards via object.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Fallback:
    real = 'real attribute'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return 'dynamic ' + name
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
f = Fallback()
print(f.real, f.dyn_x)
t('fallback raises', lambda: f.missing)
t('getattr default', lambda: getattr(f, 'missing', 'dflt'))
t('hasattr', lambda: (hasattr(f, 'dyn_a'), hasattr(f, 'nope')))
log = []
class Tracing:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        log.append(name)
        if name == 'hidden':
            raise AttributeError('hidden is hidden')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'getattr:' + name
tr = Tracing()
print(tr.x, tr.hidden, tr.other, log)
class Broken:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return 'not reached for KeyError'
t('non attribute error', lambda: Broken().anything)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
t('dunder not proxied', lambda: len(p))
class Recursive:
    def __getattr__(self, name):
        return self.__dict__[name]
t('missing via dict', lambda: Recursive().foo)
