# except*: splitting groups between handlers, naked exceptions wrapped, re-raising unhandled parts, handlers running once.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def run(exc):
    log = []
    try:
        try:
            raise exc
        except* ValueError as g:
            log.append(('ValueError handler', repr(g)))
        except* (TypeError, KeyError) as g:
            log.append(('Type/Key handler', repr(g)))
    except BaseException as rest:
        log.append(('escaped', repr(rest)))
    return log
for exc in [ExceptionGroup('g', [ValueError(1), TypeError(2), KeyError(3), OSError(4)]),
            ValueError('naked'),
            ExceptionGroup('only value', [ValueError('v')]),
            ExceptionGroup('nested', [ExceptionGroup('in', [ValueError('deep'), RuntimeError('r')])]),
            RuntimeError('unhandled naked')]:
    for line in run(exc):
        print(line)
    print('--')
def raise_in_handler():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise KeyError('from handler')
try:
    raise_in_handler()
except BaseException as e:
    print(repr(e), repr(e.exceptions[0].__context__) if isinstance(e, BaseExceptionGroup) else repr(e.__context__))
def reraise_bare():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
try:
    reraise_bare()
except ExceptionGroup as e:
    print('reraised', repr(e))
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
t('except* ExceptionGroup', lambda: exec('try:\n    raise ValueError\nexcept* ExceptionGroup:\n    pass'))
