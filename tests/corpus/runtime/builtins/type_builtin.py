# type(): introspection of builtins, dynamic class creation with kwargs and metaclass resolution.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('builtin types', lambda: [type(x).__name__ for x in (1, 1.0, 1j, 'a', b'a', bytearray(), [], (), {}, set(), frozenset(), None, ..., NotImplemented, range(1), slice(1), len, print, type, object(), iter([]), (x for x in ()), lambda: 0, memoryview(b''), zip(), map(len, ''), filter(None, ''), enumerate(''), reversed([]))])
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['kw'] = kw
        return super().__new__(mcls, name, bases, ns)
X = Meta('X', (), {}, flag=True)
t('meta call', lambda: (type(X).__name__, X.kw))
t('type kw', lambda: type('Y', (), {}, extra=1))
t('type subclass of builtin', lambda: type('MyInt', (int,), {})(5) + 1)
t('type multiple bases', lambda: type('Z', (int, str), {}))
t('type name non str', lambda: type(1, (), {}))
t('qualname in dict', lambda: type('Q', (), {'__qualname__': 'Outer.Q'}).__qualname__)
t('bad qualname', lambda: type('Q', (), {'__qualname__': 5}))
t('slots via type', lambda: type('S', (), {'__slots__': ['a']})().__class__.__name__)
t('module attr', lambda: type('M', (), {}).__module__)
t('doc', lambda: type('D', (), {'__doc__': 'hello'}).__doc__)
t('bool base', lambda: type('B', (bool,), {}))
