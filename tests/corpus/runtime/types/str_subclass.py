# subclasses of str: methods return str, __str__/__repr__ overrides, hashing, as dict keys, format and %.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('kaa')
print(n, repr(n), n.shout(), type(n.upper()).__name__, type(n + 'x').__name__, type(n[0]).__name__, type(n * 2).__name__, type(str(n)).__name__)
print(hash(n) == hash('kaa'), {n: 1}['kaa'], n == 'kaa', n in ['kaa'], type(''.join([n])).__name__, type(n.strip()).__name__)
class Tagged(str):
    def __str__(self):
        return '<' + self + '>'
    def __repr__(self):
        return 'Tagged(' + super().__repr__() + ')'
tg = Tagged('x')
print(str(tg), repr(tg), f'{tg}', '%s' % tg, '{}'.format(tg), format(tg), [tg], print.__name__)
print(tg + 'y', len(tg), tg.upper(), tg == 'x')
class WithAttrs(str):
    pass
w_ = WithAttrs('v')
w_.extra = 1
print(w_.extra, vars(w_))
class Ci(str):
    def __eq__(self, o):
        return self.lower() == o.lower()
    __hash__ = str.__hash__
print(Ci('ABC') == 'abc', 'abc' == Ci('ABC'), Ci('A') in ['a'], 'a' in [Ci('A')])
