# An uncaught exception group with nested groups, a chained context inside a member: the box drawing.
class MyErr(Exception):
    pass
def f():
    raise MyErr('custom')
try:
    f()
except MyErr as e:
    try:
        raise RuntimeError('in handler')
    except RuntimeError as e2:
        e2.__suppress_context__ = False
        x = e2
raise ExceptionGroup('grp', [ValueError(1), TypeError('two'), ExceptionGroup('nested', [KeyError('k'), x])])
