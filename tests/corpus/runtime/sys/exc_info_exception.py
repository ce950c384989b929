# sys.exc_info() and sys.exception(): inside handlers, nested handlers, after handlers, in finally, in generators.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def show(label):
    et, ev, tb = sys.exc_info()
    print(label, et.__name__ if et else None, repr(ev), tb is not None, repr(sys.exception()) if hasattr(sys, 'exception') else 'no sys.exception')
show('outside')
try:
    raise ValueError('outer')
except ValueError:
    show('in handler')
    try:
        raise KeyError('inner')
    except KeyError:
        show('in nested handler')
    show('back in outer handler')
show('after')
try:
    try:
        raise TypeError('t')
    finally:
        show('in finally while propagating')
except TypeError:
    pass
def gen():
    show('gen start')
    yield
    show('gen resumed')
g = gen()
try:
    raise IndexError('while driving')
except IndexError:
    next(g)
next(g, None)
def f():
    show('in called function')
try:
    raise LookupError('caller')
except LookupError:
    f()
