# property(), classmethod(), staticmethod() as plain builtins: attributes, copying with getter/setter/deleter, __isabstractmethod__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def getx(self):
    'getter doc'
    return 1
p = property(getx)
print(p.__doc__, p.fget is getx, p.fset, p.fdel, p.__isabstractmethod__)
p2 = p.setter(lambda self, v: None)
p3 = p2.deleter(lambda self: None)
print(p2 is not p, p2.fget is getx, p3.fset is p2.fset, p3.fdel is not None, p3.__doc__)
cm = classmethod(getx)
sm = staticmethod(getx)
print(cm.__func__ is getx, sm.__func__ is getx, cm.__isabstractmethod__, sm.__doc__, cm.__doc__, cm.__name__ if hasattr(cm, '__name__') else 'no name')
t('property bad doc', lambda: property(doc=5).__doc__)
t('property kwargs', lambda: property(fget=getx, doc='explicit').__doc__)
t('property get on none', lambda: p.__get__(None, object) is p)
t('property set missing', lambda: p.__set__(object(), 1))
t('property del missing', lambda: p.__delete__(object()))
