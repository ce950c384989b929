# sys.exception(): None outside handlers, the handled exception inside, restored after nested handlers and after generators yield.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
print(sys.exception())
try:
    raise ValueError('a')
except ValueError:
    print(repr(sys.exception()))
    try:
        raise KeyError('b')
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
def f():
    return sys.exception()
try:
    raise TypeError('c')
except TypeError:
    print(repr(f()))
