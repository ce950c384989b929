# exec/eval scope rules: locals in functions, class bodies via exec, nested comprehensions inside eval, globals identity.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def f():
    x = 10
    return eval('x + 1'), eval('[x * i for i in range(3)]')
t('eval function locals', f)
g = {'a': 1}
exec('class C:\n    v = a\n    w = [v for _ in range(2)] if False else v\nresult = C.v', g)
print(g['result'])
ns = {}
exec('def gen():\n    yield from range(3)\nvals = list(gen())', ns)
print(ns['vals'])
t('exec returns none', lambda: exec('1 + 1'))
t('eval lambda', lambda: eval('lambda q: q * 2')(4))
t('eval walrus', lambda: (eval('(w := 5) + w', {}),))
t('exec import sys', lambda: exec('import sys as s\nprint(s.maxsize > 0)', {}))
loc = {'z': 3}
t('eval locals priority', lambda: eval('z', {'z': 1}, loc))
t('exec star', lambda: exec('a, *b = 1, 2, 3\nprint(a, b)', {}))
t('exec global stmt', lambda: exec('global q\nq = 7', g) or g['q'])
t('compile then exec twice', lambda: [exec(c, {}) for c in [compile('print(\"twice\")', 's', 'exec')] * 2])
