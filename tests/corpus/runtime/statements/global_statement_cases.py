# global statement: in nested functions, in class bodies, creating globals from exec, global and del.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

g = 'module'
def reader():
    return g
def writer():
    global g
    g = 'written'
def deleter():
    global g
    del g
print(reader())
writer()
print(reader())
deleter()
try:
    reader()
except NameError as e:
    print('NameError', e)
class K:
    global from_class
    from_class = 'set in class body'
print(from_class)
def outer():
    def inner():
        global deep
        deep = 'from inner'
    inner()
outer()
print(deep)
exec('global via_exec\nvia_exec = 1')
print(via_exec)
def both():
    global counter
    counter = 0
    for _ in range(5):
        counter += 1
both()
print(counter)
