# list methods: append, extend, insert, pop, remove, index, count, clear, copy, reverse, with their errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.extend(range(2)); a.extend('ab'); a.insert(0, 'first'); a.insert(-1, 'penult'); a.insert(100, 'end'); a.insert(-100, 'start')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(2), a.index('a'), a.count(0), a.count(2), a.index(0, 3))
t('index missing', lambda: a.index('zz'))
t('index range', lambda: a.index(3, 1, 2))
t('remove missing', lambda: a.remove('zz'))
t('pop empty', lambda: [].pop())
t('pop range', lambda: [1].pop(5))
t('pop type', lambda: [1].pop('a'))
t('insert type', lambda: [].insert('a', 1))
t('extend non iter', lambda: [].extend(5))
t('append args', lambda: [].append(1, 2))
b = a.copy()
a.reverse()
print(a, b, a == b[::-1], a is not b)
a.clear()
print(a, b)
t('eq count nan', lambda: [float('nan')].count(float('nan')))
n = float('nan')
t('identity nan', lambda: ([n].count(n), [n].index(n), n in [n]))
class E:
    def __eq__(self, o):
        return True
t('custom eq', lambda: ([1, 2, 3].index(E()), [1, 2].count(E()), E() in [5]))
t('mul', lambda: ([1, 2] * 3, [0] * 0, [[]] * 2, -1 * [1]))
t('add', lambda: [1] + [2])
t('add tuple', lambda: [1] + (2,))
t('iadd tuple', lambda: (lambda x: (x.__iadd__((2, 3)), x)[1])([1]))
t('imul', lambda: (lambda x: (x.__imul__(2), x)[1])([1, 2]))
t('hash', lambda: hash([]))
t('repr nested', lambda: repr([1, [2, [3, 'x']], (4,), {'k': [5]}]))
r = [1]
r.append(r)
t('repr recursive', lambda: repr(r))
t('compare', lambda: ([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1, 'a'] == [1, 'a'], [2] > [1, 5]))
t('compare mixed', lambda: [1, 'a'] < [1, 2])
t('ctor', lambda: (list(), list('ab'), list(range(3)), list({'a': 1}), list((1, 2))))
t('ctor bad', lambda: list(5))
