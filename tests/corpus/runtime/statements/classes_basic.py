# class statement: attributes, methods, instances, class vs instance attributes, __dict__, nested classes, __qualname__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Animal:
    kind = 'animal'
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f'{self.name} makes a sound'
    class Meta:
        tag = 'inner'
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return f'{self.name} barks'
a = Animal('generic')
d = Dog('rex')
print(a.speak(), d.speak(), a.kind, d.kind, Animal.count, Dog.count, d.count)
print(Animal.Meta.tag, Animal.Meta.__qualname__, Dog.__bases__, Dog.__name__, isinstance(d, Animal))
print(sorted(k for k in vars(Dog)), vars(d))
d.kind = 'instance kind'
print(d.kind, Dog.kind)
del d.kind
print(d.kind)
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__doc__, Empty.__module__)
class Doc:
    'the docstring'
print(Doc.__doc__)
class WithBody:
    x = 1
    y = x + 1
    lst = [x, y]
    for i in range(3):
        lst.append(i)
    del i
print(WithBody.y, WithBody.lst, hasattr(WithBody, 'i'))
def make_class(n):
    class Local:
        value = n
    return Local
print(make_class(1).value, make_class(2).__qualname__)
class A: pass
class B: pass
class C(A, B): pass
print(C.__mro__)
