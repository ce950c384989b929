# __setattr__ and __delattr__: validation, delegation to object, interaction with properties and __dict__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class Validated:
    def __setattr__(self, name, value):
        log.append(('set', name, value))
        if name == 'age' and value < 0:
            raise ValueError('age must be >= 0')
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        log.append(('del', name))
        if name == 'permanent':
            raise AttributeError('cannot delete permanent')
        super().__delattr__(name)
v = Validated()
v.age = 5
v.permanent = 1
t('bad age', lambda: setattr(v, 'age', -1))
del v.age
t('del permanent', lambda: delattr(v, 'permanent'))
t('del missing', lambda: delattr(v, 'zzz'))
print(v.__dict__, log)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, n, v):
        raise AttributeError(f'{type(self).__name__} is frozen')
fr = Frozen(1)
t('frozen', lambda: setattr(fr, 'x', 2))
print(fr.x)
class WithProp:
    @property
    def p(self):
        return 'p'
    def __setattr__(self, n, v):
        log.append(('prop set', n))
        super().__setattr__(n, v)
t('setattr to property', lambda: setattr(WithProp(), 'p', 1))
t('object setattr on builtin', lambda: object.__setattr__([], 'x', 1))
t('object setattr on type', lambda: object.__setattr__(int, 'x', 1))
class D:
    pass
d = D()
d.__dict__['direct'] = 1
print(d.direct)
d.__dict__ = {'replaced': True}
print(d.replaced, vars(d))
t('dict not dict', lambda: setattr(d, '__dict__', []))
t('del __dict__', lambda: (delattr(d, '__dict__'), vars(d)))
t('set __class__', lambda: (setattr(d, '__class__', type('E', (), {})), type(d).__name__)[1])
t('set __class__ bad', lambda: setattr(d, '__class__', int))
