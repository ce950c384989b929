# uncaught ExceptionGroup: the boxed group traceback format with nested groups.
def f():
    raise ValueError('bad value')
def g():
    errors = []
    for fn in (f, lambda: 1 / 0):
        try:
            fn()
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup('several things failed', [*errors, ExceptionGroup('inner', [TypeError('t')])])
g()
