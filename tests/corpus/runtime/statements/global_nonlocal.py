# global and nonlocal: rebinding, nested scopes, class scopes, late binding of closures.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump
b = make()
print(b(), b(), b())
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    return middle(), x
print(outer())
def new_global():
    global created_here
    created_here = 'yes'
new_global()
print(created_here)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
x = 'module'
class C:
    x = 'class'
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().m(), C.z)
def unbound_local():
    try:
        print(g)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    g = 1
g = 'global g'
unbound_local()
def shadow():
    print(len('abc'))
    len = None
try:
    shadow()
except UnboundLocalError as e:
    print('UnboundLocalError', e)
def closure_cell_late():
    v = 1
    f = lambda: v
    v = 2
    return f()
print(closure_cell_late())
def class_in_function():
    y = 'fn y'
    class K:
        try:
            print(y)
        except NameError as e:
            print('NameError', e)
        y = 'class y'
        print(y)
    return K.y
print(class_in_function())
