# __call__, __new__, __init__: construction flow, __new__ returning other types skipping __init__, __init__ returning non-None.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class A:
    def __new__(cls, *args):
        log.append(('new', cls.__name__, args))
        return super().__new__(cls)
    def __init__(self, *args):
        log.append(('init', args))
        self.args = args
a = A(1, 2)
print(a.args, log)
log.clear()
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        log.append('never')
print(Other(), log)
class Sub(A):
    pass
class ReturnsSub:
    def __new__(cls):
        return object.__new__(SubOfReturns)
    def __init__(self):
        log.append('init called on ' + type(self).__name__)
class SubOfReturns(ReturnsSub):
    pass
print(type(ReturnsSub()).__name__, log)
class BadInit:
    def __init__(self):
        return 5
t('init returns', lambda: BadInit())
t('object new extra args', lambda: object.__new__(A, 1) and 'ok')
class NoInitArgs:
    pass
t('extra args no init', lambda: NoInitArgs(1))
class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(5).x)
class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)
print(type(OnlyNew(1)).__name__)
class Calls:
    def __call__(self, *a, **k):
        return ('called', a, k)
c = Calls()
print(c(1, k=2), callable(c))
t('call non callable', lambda: A(1)())
class IntSub(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(IntSub(5), type(IntSub(5)).__name__)
class StrSub(str):
    def __init__(self, v):
        self.extra = v.upper()
s = StrSub('abc')
print(s, s.extra)
t('new not static', lambda: A.__new__(1))
t('object.__init__ extra', lambda: object.__init__(A(), 1))
