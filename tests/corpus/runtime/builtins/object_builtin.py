# object(): identity, the default dunders (__eq__, __ne__, __hash__, __repr__, __str__, __format__, __dir__, __init_subclass__), no attributes.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

o = object()
print(type(o).__name__, o == o, o != o, o.__eq__(o), o.__eq__(1), o.__ne__(1), type(o.__hash__()).__name__, o.__str__() == o.__repr__())
print(object.__init_subclass__(), object.__subclasshook__(int), object.__format__(o, ''), o.__dir__() == dir(o) or sorted(o.__dir__()) == dir(o))
t('format spec', lambda: object.__format__(o, 'x'))
t('no dict', lambda: o.__dict__)
t('setattr', lambda: object.__setattr__(o, 'a', 1))
t('class assign', lambda: setattr(o, '__class__', int))
t('object lt', lambda: object.__lt__(o, o))
t('object getattribute', lambda: object.__getattribute__(o, '__class__').__name__)
t('object new', lambda: type(object.__new__(object)).__name__)
t('object new int', lambda: object.__new__(int))
