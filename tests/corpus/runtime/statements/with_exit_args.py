# __exit__ arguments: type/value/traceback for raised exceptions, None triple on success, exceptions replaced inside __exit__.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

seen = []
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        seen.append((et.__name__ if et else None, repr(ev), type(tb).__name__))
        return True
with Inspect():
    pass
with Inspect():
    raise KeyError('k')
with Inspect():
    1 / 0
with Inspect():
    raise StopIteration(5)
for s in seen:
    print(s)
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise TypeError('replaced ' + et.__name__)
try:
    with Replace():
        raise ValueError('orig')
except TypeError as e:
    print(e, '| context:', repr(e.__context__))
class ExitReturnsNone:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        return None
try:
    with ExitReturnsNone():
        raise IndexError('propagates')
except IndexError as e:
    print('propagated', e)
