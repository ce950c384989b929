# object.__init__/__new__ argument rules: excess args allowed when the other is overridden, errors otherwise.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class OnlyInit:
    def __init__(self, a):
        self.a = a
class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
class Neither:
    pass
class NewPassesArgs:
    def __new__(cls, a):
        return super().__new__(cls, a)
class InitPassesArgs:
    def __init__(self, a):
        super().__init__(a)
t('only init', lambda: OnlyInit(1).a)
t('only new', lambda: type(OnlyNew(1)).__name__)
t('neither', lambda: Neither(1))
t('neither kw', lambda: Neither(a=1))
t('new passes args', lambda: NewPassesArgs(1))
t('init passes args', lambda: InitPassesArgs(1))
t('object() args', lambda: object(1))
t('type.__call__ direct', lambda: type.__call__(OnlyInit, 5).a)
