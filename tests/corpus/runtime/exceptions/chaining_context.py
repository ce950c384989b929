# exception chaining: implicit __context__, explicit __cause__ (from), from None setting __suppress_context__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def implicit():
    try:
        raise ValueError('first')
    except ValueError:
        raise KeyError('second')
def explicit():
    try:
        raise ValueError('first')
    except ValueError as e:
        raise KeyError('second') from e
def suppressed():
    try:
        raise ValueError('first')
    except ValueError:
        raise KeyError('second') from None
def cause_not_from_handler():
    raise TypeError('t') from RuntimeError('cause')
for f in [implicit, explicit, suppressed, cause_not_from_handler]:
    try:
        f()
    except Exception as e:
        print(f.__name__, repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def bad_from():
    raise ValueError from 5
try:
    bad_from()
except TypeError as e:
    print('TypeError', e)
def cls_from():
    raise ValueError('v') from KeyError
try:
    cls_from()
except ValueError as e:
    print(repr(e.__cause__))
e = ValueError()
e.__cause__ = KeyError('manual')
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 'not exception'
except TypeError as err:
    print('TypeError', err)
try:
    e.__context__ = 5
except TypeError as err:
    print('TypeError', err)
def context_in_finally():
    try:
        raise ValueError('in try')
    finally:
        try:
            raise KeyError('in finally')
        except KeyError as inner:
            return repr(inner.__context__)
print(context_in_finally())
def no_self_cycle():
    try:
        raise ValueError('x')
    except ValueError as e:
        try:
            raise e
        except ValueError as again:
            return again.__context__
print(no_self_cycle())
