# sys.exc_info inside generators and coroutines: the exception state is saved and restored across yields.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
def gen():
    try:
        raise ValueError('in gen')
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
g = gen()
print(next(g), sys.exc_info()[0])
try:
    raise KeyError('outer')
except KeyError:
    print(next(g), sys.exc_info()[0].__name__)
print(next(g), sys.exc_info()[0])
