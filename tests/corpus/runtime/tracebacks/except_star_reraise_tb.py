# uncaught remainder of except*: the unhandled part of a group is re-raised and printed as a group.
try:
    raise ExceptionGroup('batch', [ValueError('handled'), TypeError('not handled'), OSError('also not handled')])
except* ValueError:
    print('handled the ValueError part')
