# class body execution: names defined in the body visible to later statements, not to methods; nested class references; class-level comprehensions with iterable from the class.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class C:
    a = 1
    b = a + 1
    items = [a, b]
    doubled = [x * 2 for x in items]
    def method(self):
        try:
            return a
        except NameError as e:
            return 'NameError: ' + str(e)
    class Nested:
        def ref(self):
            return C.a
print(C.b, C.doubled, C().method(), C.Nested().ref(), C.Nested.__qualname__)
x = 'global'
class D:
    x = 'class'
    def m(self):
        return x
    lam = lambda self: x
print(D().m(), D().lam())
