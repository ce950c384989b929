# symtable over the compiler's symbol tables: blocks, symbols and their flags, _symtable errors.
import symtable, _symtable as s
src = '''
import os
x = 1
def f(a, *b, c, **d):
    global x
    y = a
    def g():
        nonlocal y
        return y + z
    return g
class C:
    __p = 1
    def m(self):
        return __class__, self.__p
l = [i for i in range(3)]
lam = lambda q: q
'''
t = symtable.symtable(src, 'mod', 'exec')
def show(t, d=0):
    print(' '*d, t.get_type(), t.get_name(), t.get_lineno(), t.is_optimized(), t.is_nested(), t.has_children(), sorted(t.get_identifiers()))
    for sym in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        print(' '*d, ' ', sym.get_name(), sym.is_referenced(), sym.is_imported(), sym.is_parameter(), sym.is_global(), sym.is_declared_global(), sym.is_local(), sym.is_free(), sym.is_assigned(), sym.is_namespace(), sym.is_annotated(), sym.is_nonlocal())
    if t.get_type() == 'function':
        print(' '*d, t.get_parameters(), t.get_locals(), t.get_globals(), t.get_nonlocals(), t.get_frees())
    if t.get_type() == 'class': print(' '*d, t.get_methods())
    for c in t.get_children(): show(c, d+2)
show(t)
raw = s.symtable(src, 'mod', 'exec')
print(raw.name, raw.type, raw.lineno, raw.nested, raw.symbols, raw.varnames, [c.name for c in raw.children])
print(repr(t).split('(')[0], repr(raw).split('(')[0])
for args in [(1,'f','exec'), ('x',1,'exec'), ('x','f','foo'), ('x','f',3), ('x = (','f','exec'), ('nonlocal x','f','exec'), ('a\0','f','exec'), (b'x','f','eval'), ('x',), ]:
  try: print(s.symtable(*args).name)
  except Exception as e: print(type(e).__name__, e)
try: type(raw)()
except Exception as e: print(type(e).__name__, e)
try: raw.name = 3
except Exception as e: print(type(e).__name__, e)
print(sorted(k for k in dir(s)))
print({k: getattr(s, k) for k in dir(s) if k.isupper()})
