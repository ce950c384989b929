# id(): identity semantics only (values themselves are masked): equal ids for the same object, distinct for live objects.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0)
print(id(None) == id(None), id(1) == id(1), id(len) == id(len), id(int) == id(int))
objs = [object() for _ in range(100)]
print(len({id(o) for o in objs}))
def f():
    pass
print(id(f) == id(f), id(f.__code__) == id(f.__code__))
x = 'text'
print(id(x) == id(x[:]), id((1, 2)) == id((1, 2)) or True)
print('masked id:', id(a))
