# vars() and __dict__ on classes and instances: mappingproxy, writes through the instance dict, class dict keys.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class C:
    a = 1
    def m(self):
        pass
c = C()
v = vars(c)
v['x'] = 5
print(c.x, vars(c) is c.__dict__, type(vars(C)).__name__, sorted(k for k in vars(C) if not k.startswith('__')))
t('proxy write', lambda: vars(C).__setitem__('b', 2))
t('proxy get', lambda: vars(C)['a'])
t('proxy keys', lambda: sorted(k for k in vars(C).keys() if k in ('a', 'm', '__module__', '__dict__', '__weakref__', '__doc__')))
t('proxy copy', lambda: type(vars(C).copy()).__name__)
t('proxy or', lambda: sorted((vars(C) | {'z': 1}).keys())[-1])
t('proxy len', lambda: len(vars(C)) > 3)
t('vars two args', lambda: vars(c, c))
