# __context__ set automatically in except and finally blocks, across function calls, not set when re-raising the same exception.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def a():
    try:
        raise ValueError('a')
    except ValueError:
        b()
def b():
    raise KeyError('b')
try:
    a()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def finally_context():
    try:
        raise ValueError('try')
    finally:
        raise TypeError('finally')
try:
    finally_context()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def handled_then_new():
    try:
        raise ValueError('handled')
    except ValueError:
        pass
    raise KeyError('after handler')
try:
    handled_then_new()
except KeyError as e:
    print(repr(e), e.__context__)
def cycle():
    try:
        raise ValueError('x')
    except ValueError as first:
        try:
            raise KeyError('y')
        except KeyError as second:
            raise first
try:
    cycle()
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
