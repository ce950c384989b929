# exception attributes that are read-only or validated: __traceback__, __cause__, __context__ types, args, with_traceback return.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

e = ValueError('x')
t('cause int', lambda: setattr(e, '__cause__', 1))
t('cause none', lambda: (setattr(e, '__cause__', None), e.__cause__, e.__suppress_context__)[1:])
t('context str', lambda: setattr(e, '__context__', 'x'))
t('traceback int', lambda: setattr(e, '__traceback__', 1))
t('suppress context', lambda: (setattr(e, '__suppress_context__', 1), e.__suppress_context__)[1])
t('with_traceback none', lambda: e.with_traceback(None) is e)
t('with_traceback bad', lambda: e.with_traceback(5))
t('del args', lambda: delattr(e, 'args'))
t('notes attribute absent', lambda: e.__notes__)
t('dict', lambda: e.__dict__)
t('set dict', lambda: (setattr(e, '__dict__', {'a': 1}), e.a)[1])
