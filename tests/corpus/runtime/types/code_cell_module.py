# code, cell, frame and module basics: code replace, cell contents, frame attributes, module type and attributes.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
def outer():
    x = 1
    def inner():
        return x
    return inner
fn = outer()
cell = fn.__closure__[0]
print(type(cell).__name__, cell.cell_contents, fn.__code__.co_freevars, outer.__code__.co_cellvars)
cell.cell_contents = 5
print(fn())
del cell.cell_contents
t('empty cell', lambda: cell.cell_contents)
t('call empty cell', lambda: fn())
t('cell repr', lambda: repr(cell).startswith('<cell at 0x'))
CellType = type(cell)
t('new cell', lambda: CellType(3).cell_contents)
t('new empty cell', lambda: repr(CellType()).endswith(': empty>'))
t('cell eq', lambda: (CellType(1) == CellType(1), CellType(1) < CellType(2)))
co = outer.__code__
t('code type', lambda: type(co).__name__)
t('replace', lambda: co.replace(co_name='renamed').co_name)
t('code lines', lambda: [l for _, _, l in co.co_lines()][:3] and True)
t('code repr', lambda: repr(co).startswith('<code object outer at 0x'))
t('exec code', lambda: exec(compile('print("from code")', '<s>', 'exec')))
def frames():
    f = sys._getframe()
    return (f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno, type(f).__name__, f.f_locals.get('f') is f, f.f_globals is globals())
t('frame', frames)
mod = type(sys)
m = mod('mymod', 'my doc')
print(m, m.__name__, m.__doc__, type(m).__name__, m.__dict__.keys() >= {'__name__', '__doc__'}, sys.__name__, __name__)
m.x = 1
print(m.x, sorted(k for k in vars(m) if not k.startswith('__')))
t('module missing attr', lambda: m.nope)
t('module no name', lambda: mod())
t('module getattr hook', lambda: (setattr(m, '__getattr__', lambda n: 'hook:' + n), m.anything)[1])
t('module dir', lambda: (setattr(m, '__dir__', lambda: ['b', 'a']), dir(m))[1])
t('main module', lambda: (sys.modules['__main__'].__name__, type(sys.modules['__main__']).__name__))
t('module repr', lambda: repr(mod('zz')))
t('builtins module', lambda: type(__builtins__).__name__)
