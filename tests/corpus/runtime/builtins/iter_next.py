# iter() and next(): sequences, sentinel form, default for next, non-iterators, __iter__ returning non-iterator.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

it = iter([1, 2])
t('next', lambda: (next(it), next(it), next(it, 'done')))
t('next exhausted', lambda: next(it))
t('next non iterator', lambda: next([1]))
n = [0]
def counter():
    n[0] += 1
    return n[0]
t('sentinel', lambda: list(iter(counter, 4)))
t('sentinel non callable', lambda: iter(5, 1))
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
t('getitem iter', lambda: list(iter(Seq())))
class BadIter:
    def __iter__(self):
        return 5
t('bad iter', lambda: iter(BadIter()))
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
t('iter None', lambda: iter(NoIter()))
t('iter int', lambda: iter(5))
t('iter of iter', lambda: (lambda i: iter(i) is i)(iter([])))
t('types', lambda: [type(iter(x)).__name__ for x in ([], (), '', {}, set(), range(1), b'', bytearray(), {}.items(), {}.values())])
class StopsWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration('v')
t('stop value', lambda: next(StopsWithValue(), 'default'))
t('next args', lambda: next())
t('callable iter reuse', lambda: (lambda c: (next(c), next(c, 'end')))(iter(lambda: 1, 1)))
