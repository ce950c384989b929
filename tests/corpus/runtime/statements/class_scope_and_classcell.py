# class bodies: namespace order, __class__ cell, class-level code runs once, methods referencing class name late.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class K:
    log.append('body start')
    a = 1
    def method(self):
        return __class__
    def late(self):
        return K.a
    log.append('body end')
print(log, K().method() is K, K().late())
K.a = 2
print(K().late())
class Order:
    z = 1
    a = 2
    m = 3
print([k for k in Order.__dict__ if not k.startswith('__')])
class WithQual:
    def f(self):
        return __qualname__ if False else self.f.__qualname__
print(WithQual().f(), WithQual.__module__)
class Shadow:
    list = [1, 2]
    copy = list[:]
print(Shadow.copy)
class Classcell:
    def get(self):
        return __class__.__name__
Renamed = Classcell
print(Renamed().get())
