# sum(): start values, floats, lists with start, strings rejected, big ints, bools, generators.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('ints', lambda: (sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum(iter([5]), start=1)))
t('floats', lambda: (sum([0.1] * 10), sum([1, 2.5]), sum([1e100, 1.0, -1e100])))
t('lists', lambda: sum([[1], [2, 3]], []))
t('tuples', lambda: sum([(1,), (2,)], ()))
t('str start', lambda: sum(['a', 'b'], ''))
t('bytes start', lambda: sum([b'a'], b''))
t('bytearray start', lambda: sum([b'a'], bytearray()))
t('str items', lambda: sum(['a', 'b']))
t('big', lambda: sum([2**64] * 3))
t('bools', lambda: sum([True, True, False]))
t('complex', lambda: sum([1j, 2, 0.5]))
t('mixed bad', lambda: sum([1, 'a']))
t('gen', lambda: sum(x * x for x in range(10)))
t('overflow int to big', lambda: sum([2**62, 2**62, 2**62]))
class A:
    def __radd__(self, o):
        return ('radd', o)
t('radd', lambda: sum([A()]))
