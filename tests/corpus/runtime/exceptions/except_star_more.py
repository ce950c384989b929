# except*: multiple matching clauses, handlers seeing only their part, exceptions raised from several handlers combining, bare naked exception types.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def run(eg):
    try:
        try:
            raise eg
        except* ValueError as g:
            print('V handler got', repr(g))
            raise KeyError('from V handler')
        except* TypeError as g:
            print('T handler got', repr(g))
            raise IndexError('from T handler')
    except BaseException as outer:
        print('outer', type(outer).__name__, repr(outer.exceptions) if isinstance(outer, BaseExceptionGroup) else repr(outer))
run(ExceptionGroup('both', [ValueError('a'), TypeError('b'), RuntimeError('c')]))
run(ExceptionGroup('only T', [TypeError('b')]))
def catches_all():
    try:
        raise ExceptionGroup('g', [ValueError(1), KeyError(2)])
    except* (ValueError, KeyError) as g:
        seen = repr(g)
    return seen
print(catches_all())
def naked_base():
    try:
        raise KeyboardInterrupt('ki')
    except* KeyboardInterrupt as g:
        seen = repr(g)
    return seen
print(naked_base())
def except_star_exception():
    try:
        raise ExceptionGroup('x', [ZeroDivisionError()])
    except* Exception as g:
        seen = type(g).__name__, len(g.exceptions)
    return seen
print(except_star_exception())
