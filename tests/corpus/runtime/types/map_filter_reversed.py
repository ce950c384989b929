# map, filter and reversed: multiple iterables, None predicate, laziness, __reversed__ and sequence protocol, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(list(map(str, range(3))), list(map(lambda a, b: a * b, [1, 2, 3], 'xyz')), list(map(pow, [2, 3], [5, 2, 9])))
print(list(filter(None, [0, 1, '', 'x', [], None, 2.5])), list(filter(lambda v: v % 2, range(10))), list(filter(str.isupper, 'aBcD')))
t('map no func', lambda: map())
t('map one arg', lambda: map(str))
t('map non callable', lambda: list(map(5, [1])))
t('map non iter', lambda: map(str, 5))
t('filter non iter', lambda: filter(None, 5))
t('filter args', lambda: filter(None))
t('map error propagates', lambda: list(map(lambda x: 1 / x, [1, 0])))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m), iter(m) is m)
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))), list(reversed({'a': 1, 'b': 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
class Rev:
    def __reversed__(self):
        return iter('custom')
t('seq protocol', lambda: list(reversed(Seq())))
t('dunder reversed', lambda: list(reversed(Rev())))
t('reversed set', lambda: reversed({1}))
t('reversed iter', lambda: reversed(iter([1])))
t('reversed gen', lambda: reversed(x for x in []))
r = reversed([1, 2, 3])
t('length hint', lambda: (r.__length_hint__(), next(r), r.__length_hint__()))
class NoLen:
    def __getitem__(self, i):
        return i
t('reversed no len', lambda: reversed(NoLen()))
class RevNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
t('reversed None', lambda: reversed(RevNone()))
