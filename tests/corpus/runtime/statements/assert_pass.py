# assert with and without message, assert on non-bool values, message evaluation only on failure, pass.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

assert True
assert 1, 'never shown'
pass
def check(cond, msg=None):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
        return 'ok'
    except AssertionError as e:
        return ('AssertionError', e.args, str(e))
print(check(True), check(0), check([], 'empty list'), check('', ('tuple', 'msg')), check(None, 42))
evaluated = []
def msg():
    evaluated.append(1)
    return 'computed'
check(True, msg())
print(evaluated)
try:
    assert False, msg()
except AssertionError as e:
    print(e, evaluated)
class A:
    pass
def f():
    pass
if True:
    pass
for _ in range(2):
    pass
print('passes done', A.__name__, f())
