# An exception raised inside except* propagates in a new group with the unhandled rest.
def f():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('x')
f()
