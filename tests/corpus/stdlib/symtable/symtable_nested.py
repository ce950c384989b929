# symtable: nested functions, classes, comprehensions, lambdas, annotations, the eval and single modes.
import symtable

src = '''
from __future__ import annotations
import a.b as c
g1: int = 0
def outer(p, q=1, *r, s, **t):
    local = p
    def middle():
        nonlocal local
        local = 2
        def inner():
            return local, q, g1
        return inner
    gen = (x * p for x in r)
    return middle, gen, [y for y in t if y], {k: v for k, v in t.items()}, lambda z=local: z + s
class K(Base):
    attr = 1
    _K__hidden = 2
    def method(self, __priv):
        return __class__, self.__hidden, super().method()
    @staticmethod
    def stat():
        global g2
        g2 = 3
    class Inner:
        def im(self): return attr
async def co():
    async for i in aiter():
        await i
'''


def show(t, depth=0):
    pad = '  ' * depth
    print(pad, t.get_type(), t.get_name(), t.get_lineno(), 'optimized' if t.is_optimized() else '', 'nested' if t.is_nested() else '')
    for name in sorted(t.get_identifiers()):
        s = t.lookup(name)
        flags = [f for f in ('referenced', 'imported', 'parameter', 'global', 'declared_global', 'local', 'free', 'assigned', 'namespace', 'annotated', 'nonlocal') if getattr(s, 'is_' + f)()]
        print(pad, '  ', name, flags, len(s.get_namespaces()) if s.is_namespace() else '')
    if isinstance(t, symtable.Function):
        print(pad, '  params', t.get_parameters(), 'locals', t.get_locals(), 'globals', t.get_globals(), 'nonlocals', t.get_nonlocals(), 'frees', t.get_frees())
    if isinstance(t, symtable.Class):
        print(pad, '  methods', t.get_methods())
    for child in t.get_children():
        show(child, depth + 1)


top = symtable.symtable(src, 'nested.py', 'exec')
show(top)
print(top.lookup('outer').get_namespace().get_name())
try:
    top.lookup('K').get_namespace() and top.lookup('missing')
except KeyError as e:
    print('KeyError', e)
ev = symtable.symtable('[a for a in b] + c', '<e>', 'eval')
show(ev)
single = symtable.symtable('x = y', '<s>', 'single')
show(single)
for bad in ['def f():\n    nonlocal zz\n', 'def f(a, a): pass', 'def f():\n    x = 1\n    global x\n', 'class C:\n    nonlocal x\n',
            'def f(*, a): yield from\n', '[(lambda: (yield))]', 'def f():\n    from m import *\n']:
    try:
        symtable.symtable(bad, 'bad.py', 'exec')
        print('ok', repr(bad))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
