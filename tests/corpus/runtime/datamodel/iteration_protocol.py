# iteration: __iter__/__next__, __getitem__-based iteration with IndexError, iterator protocol errors, StopIteration values.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)), 2 in Countdown(5), max(Countdown(3)))
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError('done')
        return i * i
print(list(Squares()), 9 in Squares(), list(enumerate(Squares()))[:2])
class KeyErrorSeq:
    def __getitem__(self, i):
        raise KeyError(i)
t('getitem KeyError', lambda: list(KeyErrorSeq()))
class NextWithoutIter:
    def __next__(self):
        return 1
t('no __iter__', lambda: list(NextWithoutIter()))
class IterReturnsNonIter:
    def __iter__(self):
        return [1, 2]
t('iter returns list', lambda: list(IterReturnsNonIter()))
class Infinite:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
it = iter(Infinite())
print([next(it) for _ in range(3)])
def unpack_inf():
    a, b = Infinite()
t('unpack infinite', unpack_inf)
class RaisesInNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('broken iterator')
t('next raises', lambda: list(RaisesInNext()))
t('for over int', lambda: [x for x in 5])
class LenHint:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return 1000
print(list(LenHint()))
