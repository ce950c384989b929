# binding of builtin methods: unbound method descriptors, __get__ on them, calling with wrong self type, classmethod descriptors of builtins.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

d = list.__dict__['append']
print(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__.__name__)
lst = []
bound = d.__get__(lst, list)
bound(1)
print(lst, type(bound).__name__, bound.__self__ is lst)
t('wrong self', lambda: list.append((), 1))
t('descriptor wrong type', lambda: d.__get__(5, int))
fk = dict.__dict__['fromkeys']
print(type(fk).__name__, fk.__get__(None, dict)('ab'), dict.fromkeys.__self__ is dict)
s = str.__dict__['upper']
print(s('abc'), s.__get__('x')(), repr(s).startswith("<method 'upper' of 'str' objects>"))
w = int.__dict__['__add__']
print(type(w).__name__, w(1, 2), (1).__add__.__self__, type((1).__add__).__name__)
t('wrapper wrong type', lambda: int.__add__('a', 1))
