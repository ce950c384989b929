# user-defined exceptions: custom __init__/__str__, attributes, pickling-free args behaviour, hierarchy catching.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'{key!r} not found')
        self.key = key
class Coded(AppError):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
    def __str__(self):
        return f'[{self.code}] {self.msg}'
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
for exc in [AppError('plain'), NotFound('k'), Coded(404, 'missing'), NoSuperInit(1, 2)]:
    try:
        raise exc
    except AppError as e:
        print('AppError handler', type(e).__name__, str(e), repr(e), e.args)
    except Exception as e:
        print('Exception handler', type(e).__name__, str(e), repr(e), e.args)
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(WithRepr('x')), str(WithRepr('x')), repr([WithRepr()]))
class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi('both')
except AttributeError as e:
    print('caught as AttributeError', str(e), isinstance(e, KeyError))
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
t('raise non exception', lambda: exec('raise 5'))
t('raise class not exception', lambda: exec('raise int'))
t('raise class instantiation fails', lambda: exec('raise NoSuperInit', {'NoSuperInit': NoSuperInit}))
class NotRaisable:
    pass
t('raise object', lambda: exec('raise NotRaisable()', {'NotRaisable': NotRaisable}))
t('catch non exception class', lambda: exec('try:\n    raise ValueError\nexcept int:\n    pass'))
t('bare raise nothing', lambda: exec('raise'))
