# str repetition is the sequence-repeat slot: str.__mul__/__rmul__ take an index, '*' tries the other
# operand's __rmul__/__mul__ first, and the counts' errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('mul', lambda: 'ab' * 3)
t('rmul', lambda: 3 * 'ab')
t('dunder mul', lambda: 'ab'.__mul__(2))
t('dunder rmul', lambda: 'ab'.__rmul__(2))
t('dunder mul str', lambda: 'a'.__mul__('b'))
t('dunder mul float', lambda: 'a'.__mul__(2.0))
t('dunder mul huge', lambda: 'a'.__mul__(2**100))
t('op str', lambda: 'a' * 'b')
t('op float', lambda: 'a' * 2.5)
t('op none', lambda: None * 'a')
t('negative', lambda: 'abc' * -1)
t('bool', lambda: 'ab' * True)
class Idx:
    def __index__(self):
        return 2
t('index', lambda: 'xy' * Idx())
t('index rmul', lambda: Idx() * 'xy')
class R:
    def __rmul__(self, other):
        return ('rmul', other)
    def __mul__(self, other):
        return ('mul', other)
t('other rmul', lambda: 'ab' * R())
t('other mul', lambda: R() * 'ab')
class S(str):
    pass
t('subclass', lambda: (S('ab') * 2, type(S('ab') * 2).__name__))
t('subclass one', lambda: type(S('ab') * 1).__name__)
print(type('a'.__mul__).__name__, type(str.__dict__['__mul__']).__name__, '__mul__' in str.__dict__, '__rmul__' in str.__dict__)
s = 'q'
s *= 3
print(s)
t('imul bad', lambda: exec("x = 'a'\nx *= 'b'"))
