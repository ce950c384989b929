# module objects: creating with type(sys)(), __dict__ contents, __name__/__doc__ updates, attribute errors with module names, dir.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
M = type(sys)
m = M('mod_name', 'doc string')
print(sorted(vars(m)), m.__name__, m.__doc__, m.__spec__, m.__loader__, m.__package__)
m.value = 1
m.__name__ = 'renamed'
print(repr(m), m.value)
t('missing attr', lambda: m.nope)
del m.__name__
t('missing attr no name', lambda: m.nope)
t('repr no name', lambda: repr(m))
m2 = M('other')
print(m2.__doc__, dir(m2))
m2.__dict__['direct'] = 'set via dict'
print(m2.direct, type(m2.__dict__).__name__)
t('module setattr dict', lambda: setattr(m2, '__dict__', {}))
t('module init args', lambda: M())
