# add_note and __notes__: multiple notes, type errors, notes on builtin exceptions, notes preserved through re-raise.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

e = ValueError('base')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second note')
print(e.__notes__, str(e), repr(e))
t('non str note', lambda: e.add_note(5))
t('no args', lambda: e.add_note())
e.__notes__ = 'not a list'
t('bad __notes__', lambda: e.add_note('x'))
def reraise():
    try:
        raise KeyError('k')
    except KeyError as err:
        err.add_note('added in handler')
        raise
try:
    reraise()
except KeyError as err:
    print(err.__notes__)
class Sub(Exception):
    pass
s = Sub()
s.add_note('on subclass')
print(s.__notes__, type(s.__notes__).__name__)
