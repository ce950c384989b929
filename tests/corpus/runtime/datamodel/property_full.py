# property: getter/setter/deleter, decorator chaining, read-only errors, docstrings, property on class access, subclass override.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        'temperature in C'
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        self._c = None
    @property
    def readonly(self):
        return 'ro'
t_ = Temp()
t_.celsius = 25
print(t_.celsius, Temp.celsius.__doc__, type(Temp.celsius).__name__)
del t_.celsius
print(t_.celsius)
t('too cold', lambda: setattr(t_, 'celsius', -300))
t('readonly set', lambda: setattr(t_, 'readonly', 1))
t('readonly del', lambda: delattr(t_, 'readonly'))
p = property(lambda self: 'x', doc='explicit doc')
print(p.__doc__, p.fget.__name__, p.fset, p.getter(lambda s: 'y').fget(None))
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return 'sub sees ' + str(self._c)
s = Sub()
s.celsius = 10
print(s.celsius)
class NoGet:
    x = property(None, lambda self, v: None)
t('unreadable', lambda: NoGet().x)
class Raises:
    @property
    def bad(self):
        raise KeyError('inside getter')
t('getter raises', lambda: Raises().bad)
class Named:
    @property
    def value(self):
        return 1
t('property name', lambda: Named.value.fget.__qualname__)
t('set name msg', lambda: setattr(Named(), 'value', 2))
