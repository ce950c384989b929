# classmethod and staticmethod: binding via class and instance, inheritance, wrapping other descriptors, __wrapped__/__func__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Base:
    created = []
    @classmethod
    def make(cls, *args):
        obj = cls()
        cls.created.append(cls.__name__)
        return obj
    @staticmethod
    def helper(x):
        return x * 2
class Child(Base):
    pass
print(type(Base.make()).__name__, type(Child.make()).__name__, type(Child().make()).__name__, Base.created)
print(Base.helper(2), Child().helper(3), Base.__dict__['helper'].__func__(4), callable(Base.__dict__['helper']))
cm = Base.__dict__['make']
print(type(cm).__name__, cm.__func__.__name__, cm.__wrapped__ is cm.__func__, cm.__get__(None, Child)().__class__.__name__)
sm = staticmethod(lambda: 'sm')
print(sm(), sm.__wrapped__ is sm.__func__)
class WithProp:
    @classmethod
    @property
    def cls_prop(cls):
        return 'class property of ' + cls.__name__
print(WithProp.cls_prop)
t('classmethod non callable', lambda: classmethod(5).__get__(None, int)())
t('staticmethod non callable', lambda: staticmethod(5)())
class Doc:
    @staticmethod
    def f():
        'static doc'
    @classmethod
    def g(cls):
        'class doc'
print(Doc.f.__doc__, Doc.g.__doc__, Doc.__dict__['f'].__doc__, Doc.__dict__['g'].__doc__)
print(repr(Doc.__dict__['f']).startswith('<staticmethod('), repr(Doc.__dict__['g']).startswith('<classmethod('))
