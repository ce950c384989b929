# the builtin exception hierarchy: every exception class, its bases and MRO names.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
b = vars(__builtins__) if not isinstance(__builtins__, dict) else __builtins__
excs = sorted((n for n, v in b.items() if isinstance(v, type) and issubclass(v, BaseException)))
print(len(excs))
for n in excs:
    cls = b[n]
    print(n, [k.__name__ for k in cls.__mro__[1:]])
print(IOError is OSError, EnvironmentError is OSError)
