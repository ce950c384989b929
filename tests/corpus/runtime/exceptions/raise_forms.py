# raise forms: class vs instance, raise with cause class/instance/None, raise in expressions via helper, re-raise outside handler.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def r(kind):
    if kind == 'class':
        raise ValueError
    if kind == 'instance':
        raise ValueError('inst')
    if kind == 'cause class':
        raise ValueError('c') from KeyError
    if kind == 'cause none':
        raise ValueError('n') from None
    if kind == 'bare':
        raise
for kind in ['class', 'instance', 'cause class', 'cause none', 'bare']:
    try:
        r(kind)
    except BaseException as e:
        print(kind, type(e).__name__, repr(e), repr(e.__cause__), e.__suppress_context__)
class Weird(Exception):
    def __new__(cls, *a):
        return KeyError('made by __new__')
try:
    raise Weird
except Exception as e:
    print('weird', type(e).__name__, e)
try:
    raise StopIteration
except StopIteration as e:
    print('StopIteration at top level', repr(e))
