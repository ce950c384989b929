# function objects: __name__, __qualname__, __doc__, __defaults__, __kwdefaults__, __code__ fields, __dict__, __module__, __annotations__, repr.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def f(a, b=2, *args, c, d=4, **kw) -> int:
    "doc of f"
    x = a + b
    return x
class C:
    def m(self):
        def inner():
            pass
        return inner
lam = lambda q: q
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__, f.__annotations__)
print(C.m.__qualname__, C().m().__qualname__, lam.__name__, lam.__qualname__, lam.__doc__, lam.__defaults__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_nlocals, co.co_varnames, co.co_filename.endswith('function_attrs.py'), co.co_firstlineno, co.co_qualname)
print(co.co_flags & 0x0C, bool(co.co_flags & 0x20), co.co_consts[0], co.co_names, co.co_freevars, co.co_cellvars)
f.attr = 5
print(f.attr, f.__dict__, 'attr' in dir(f), callable(f), type(f).__name__)
f.__name__ = 'g'
f.__qualname__ = 'G.g'
f.__doc__ = None
f.__defaults__ = (10,)
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, repr(f).startswith('<function G.g at 0x'))
t('name type', lambda: setattr(f, '__name__', 5))
t('defaults type', lambda: setattr(f, '__defaults__', [1]))
t('code swap', lambda: (setattr(lam, '__code__', (lambda: 'swapped').__code__), lam()))
t('del name', lambda: delattr(f, '__name__'))
t('globals', lambda: f.__globals__ is globals())
t('builtins', lambda: type(f.__builtins__).__name__)
t('closure none', lambda: f.__closure__)
t('get', lambda: f.__get__(None, C) is f)
t('bound get', lambda: f.__get__(1)())
t('call wrong', lambda: f())
t('call kw missing', lambda: f(1))
t('call too many', lambda: lam(1, 2))
t('call bad kw', lambda: lam(z=1))
t('call dup', lambda: lam(1, q=2))
def pos(a, /, b):
    return a, b
t('posonly kw', lambda: pos(a=1, b=2))
t('posonly ok', lambda: pos(1, b=2))
t('no args fn', lambda: (lambda: 1)(1))
