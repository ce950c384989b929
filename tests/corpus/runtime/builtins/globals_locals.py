# globals() and locals(): module level identity, function locals snapshots, class body locals.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

g = globals()
print(g is globals(), g['__name__'], 't' in g, type(g).__name__)
gv = 1
g['injected'] = 'yes'
print(injected)
def f(a, b=2):
    c = a + b
    snap = locals()
    d = 4
    return snap, sorted(locals())
print(f(1))
class K:
    x = 1
    names = sorted(locals())
print(K.names)
def closure():
    v = 'free'
    def inner():
        return locals()
    def inner2():
        v
        return locals()
    return inner(), inner2()
print(closure())
print(locals() is globals())
def mod_locals():
    x = 1
    locals()['x'] = 2
    return x
print(mod_locals())
t('globals args', lambda: globals(1))
