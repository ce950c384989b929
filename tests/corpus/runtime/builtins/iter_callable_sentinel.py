# iter(callable, sentinel): stops at sentinel using ==, exceptions from the callable, StopIteration raised by the callable.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
vals = iter([1, 2])
print(list(iter(lambda: next(vals), 99)))
class EqAll:
    def __eq__(self, o):
        return o > 2
n = [0]
def inc():
    n[0] += 1
    return n[0]
print(list(iter(inc, EqAll())) if False else list(iter(inc, 3)))
def raiser():
    raise KeyError('in callable')
t('callable raises', lambda: list(iter(raiser, None)))
it = iter(lambda: 1, 1)
print(next(it, 'empty'), type(it).__name__)
