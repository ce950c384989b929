# set methods taking several arguments and arbitrary iterables; in-place methods returning None; subset checks with iterables.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

s = {1, 2, 3, 4, 5}
print(sorted(s.union([6], (7,), range(8, 10))), sorted(s.intersection([1, 2, 3], {2, 3}, '23' if False else (2, 3))), sorted(s.difference([1], {2}, range(3, 4))))
print(s.issubset(range(10)), s.issuperset((1, 2)), s.isdisjoint(x for x in range(6, 9)))
c = s.copy()
print(c.update([10], [11]), c.intersection_update(range(12), [1, 10, 11]), sorted(c), c.difference_update(), sorted(c))
print(c.symmetric_difference_update([1, 99]), sorted(c))
t('symdiff two args', lambda: s.symmetric_difference([1], [2]))
t('issubset two', lambda: s.issubset([1], [2]))
t('no args union', lambda: s.union() is not s)
