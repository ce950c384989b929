# str: replace with counts, translate with tables, maketrans forms and errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('replace', lambda: 'aaaa'.replace('a', 'b'))
t('replace count', lambda: 'aaaa'.replace('a', 'b', 2))
t('replace neg', lambda: 'aaaa'.replace('a', 'b', -1))
t('replace empty', lambda: 'abc'.replace('', '-'))
t('replace empty count', lambda: 'abc'.replace('', '-', 2))
t('replace missing', lambda: 'abc'.replace('x', 'y'))
t('replace grow', lambda: 'a.b.c'.replace('.', '...'))
t('replace type', lambda: 'abc'.replace('a', 1))
t('maketrans dict', lambda: sorted(str.maketrans({'a': 'b', 'c': None, 100: 'x'}).items()))
t('maketrans two', lambda: sorted(str.maketrans('abc', 'xyz').items()))
t('maketrans three', lambda: sorted(str.maketrans('ab', 'cd', 'e').items()))
t('maketrans unequal', lambda: str.maketrans('abc', 'x'))
t('maketrans bad key', lambda: str.maketrans({'ab': 1}))
t('maketrans one str', lambda: str.maketrans('abc'))
t('translate', lambda: 'hello world'.translate(str.maketrans('lo', '01', ' ')))
t('translate dict', lambda: 'abc'.translate({97: 'AA', 98: None, 99: 100}))
t('translate list', lambda: 'abc'.translate(['x'] * 98))
t('translate bad value', lambda: 'abc'.translate({97: 1.5}))
t('translate big', lambda: 'a'.translate({97: 0x110000}))
class Table:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError
        return chr(k).upper()
t('translate obj', lambda: 'abc'.translate(Table()))
