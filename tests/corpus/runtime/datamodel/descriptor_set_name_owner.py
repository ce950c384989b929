# descriptors with __set_name__ used as typed fields: validation, per-instance storage, class access returning the descriptor.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.private[1:]} must be {self.kind.__name__}, got {type(value).__name__}')
        setattr(obj, self.private, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('ann', 3)
print(p.name, p.age, vars(p), Person.name.owner, Person.age.private, type(Person.__dict__['name']).__name__)
t('bad type', lambda: Person('bob', 'x'))
t('unset', lambda: Person.__new__(Person).name)
