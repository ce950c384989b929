# an ExceptionGroup raised while handling another exception: group traceback with the "During handling" banner.
try:
    raise RuntimeError('first problem')
except RuntimeError:
    raise ExceptionGroup('follow-up problems', [ValueError('one'), KeyError('two')])
