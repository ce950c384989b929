# range: construction, len, indexing, slicing to ranges, contains, index/count, equality, hashing, reversed, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for r in [range(5), range(2, 10), range(10, 2, -3), range(0), range(-5, 5, 2), range(0, 10**20, 10**19), range(5, 5)]:
    print(r, len(r), list(r)[:6], r[0] if r else None, r[-1] if r else None, r[1:3], r[::-1], r[::2], 3 in r, r.count(3), bool(r))
t('start stop step', lambda: (range(1, 9, 2).start, range(1, 9, 2).stop, range(1, 9, 2).step, range(4).start))
t('step 0', lambda: range(1, 2, 0))
t('float', lambda: range(1.5))
t('str', lambda: range('3'))
t('no args', lambda: range())
t('index', lambda: range(0, 20, 5).index(15))
t('index missing', lambda: range(0, 20, 5).index(3))
t('getitem out', lambda: range(3)[3])
t('eq', lambda: (range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 1, 5) == range(0, 1, 7), range(3) == [0, 1, 2]))
t('hash', lambda: hash(range(0)) == hash(range(3, 3)) and hash(range(1, 2, 5)) == hash(range(1, 2, 9)))
t('lt', lambda: range(1) < range(2))
t('huge len', lambda: len(range(2**64)))
t('huge index', lambda: range(2**64)[2**63])
t('contains float', lambda: (2.0 in range(5), 2.5 in range(5), 'a' in range(5)))
t('iter', lambda: (list(iter(range(3))), list(reversed(range(1, 10, 4)))))
class I:
    def __index__(self):
        return 4
t('index obj', lambda: list(range(I())))
t('negative step len', lambda: len(range(10, 0, -1)))
t('slice big', lambda: range(10)[2:100:3])
t('bool args', lambda: range(True, 5))
t('repr', lambda: (repr(range(3)), repr(range(1, 5, 2)), str(range(-1, 1))))
