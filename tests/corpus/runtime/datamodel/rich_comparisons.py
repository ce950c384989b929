# rich comparisons: reflection (__lt__ <-> __gt__), NotImplemented, == falling back to identity, != from __eq__, error messages.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

log = []
class C:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        log.append(('lt', self.n))
        return NotImplemented if not isinstance(o, C) else self.n < o.n
    def __gt__(self, o):
        log.append(('gt', self.n))
        return NotImplemented if not isinstance(o, C) else self.n > o.n
    def __eq__(self, o):
        log.append(('eq', self.n))
        return NotImplemented if not isinstance(o, C) else self.n == o.n
a, b = C(1), C(2)
print(a < b, a > b, b < a, a == C(1), a != C(1), a != b, log)
log.clear()
t('lt int', lambda: a < 1)
print(log)
log.clear()
t('eq int', lambda: (a == 1, a != 1))
print(log)
t('le missing', lambda: a <= b)
class Only:
    pass
o1, o2 = Only(), Only()
print(o1 == o1, o1 == o2, o1 != o2, o1 != o1)
t('lt objects', lambda: o1 < o2)
class Sub(C):
    def __gt__(self, o):
        return 'Sub.gt'
print(C(1) < Sub(2))
class NE:
    def __eq__(self, o):
        return 'custom eq'
    def __ne__(self, o):
        return 'custom ne'
print(NE() == 1, NE() != 1, 1 == NE(), 1 != NE())
class EqRaise:
    def __eq__(self, o):
        raise RuntimeError('eq raised')
t('eq raises', lambda: EqRaise() == 1)
t('in list uses eq', lambda: EqRaise() in [1])
t('identity shortcut in list', lambda: (lambda x: x in [x])(EqRaise()))
class Truthy:
    def __eq__(self, o):
        return [1]
print(Truthy() == 1, [Truthy()] == [2], Truthy() in [2])
t('mixed types lt', lambda: 'a' < 1.5)
t('list of mixed', lambda: [1, 'a'] < [1, 2])
