# dict subclasses: __missing__, overriding __getitem__ vs get(), defaults, setdefault and | operators.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'hello world':
    c[ch] += 1
print(c, c['zz'], c.get('zz'), 'zz' in c, type(c).__name__)
class Upper(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper(A=1)
t('getitem override', lambda: u['a'])
t('get ignores', lambda: u.get('a'))
class Raising(dict):
    def __missing__(self, key):
        raise KeyError('custom ' + key)
t('missing raises', lambda: Raising()['k'])
t('or', lambda: {'a': 1} | {'b': 2, 'a': 3})
t('ior', lambda: (lambda x: (x.__ior__([('z', 0)]), x)[1])({'a': 1}))
t('or list', lambda: {'a': 1} | [('b', 2)])
t('or subclass type', lambda: type(Counter(a=1) | {'b': 2}).__name__)
t('ror', lambda: type({'b': 2} | Counter(a=1)).__name__)
t('copy type', lambda: type(Counter(a=1).copy()).__name__)
class Init(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self['init'] = True
t('init', lambda: Init(x=1))
t('fromkeys subclass', lambda: (type(Init.fromkeys('ab')).__name__, Init.fromkeys('ab')))
class Keys:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
t('mapping protocol', lambda: dict(Keys()))
t('update mapping protocol', lambda: (lambda x: (x.update(Keys()), x)[1])({}))
t('star star', lambda: dict(**{'a': 1}, b=2))
t('missing not called by get', lambda: Counter().get('x', 'dflt'))
t('missing pop', lambda: Counter().pop('x', 'no'))
