# sys._getframe: depth argument, f_code/f_lineno/f_back/f_locals/f_globals, errors for too deep.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def inner():
    f0 = sys._getframe()
    f1 = sys._getframe(1)
    return (f0.f_code.co_name, f0.f_lineno, f1.f_code.co_name, f0.f_back is f1, f1.f_locals.get('marker'), f0.f_globals is globals())
def outer():
    marker = 'outer local'
    return inner()
print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
t('too deep', lambda: sys._getframe(1000))
t('negative', lambda: sys._getframe(-1).f_code.co_name)
def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def a():
    return b()
def b():
    return chain()
print(a())
def lines():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    return second - first
print(lines())
print(sys._getframe().f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else 'dict builtins')
