# caret lines under a failing call within an expression.
def fail(v):
    raise RuntimeError('failed with ' + str(v))
values = {'k': 3}
total = 1 + fail(values['k']) + 2
