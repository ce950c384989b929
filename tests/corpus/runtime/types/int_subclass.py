# subclasses of int: arithmetic returns int, repr/str overrides, bool() and hash of subclass instances, __index__ use.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class MyInt(int):
    def __repr__(self):
        return f'MyInt({int(self)})'
m = MyInt(5)
print(m, repr(m), str(m), m + 1, type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__, type(m * 1).__name__, type(+m).__name__)
print(hash(m) == hash(5), m == 5, {m: 'x'}[5], [0, 1, 2, 3, 4, 5][m], bool(MyInt(0)), int(m), type(int(m)).__name__)
print(format(m, '03d'), f'{m}', '%d' % m, str(m), m.bit_length(), m.real, type(m.real).__name__)
class Flag(int):
    def __new__(cls, v, name):
        obj = super().__new__(cls, v)
        obj.name = name
        return obj
f = Flag(3, 'three')
print(f, f.name, f + f, type(f + f).__name__)
class Loud(int):
    def __add__(self, o):
        return 'Loud.add'
    def __radd__(self, o):
        return 'Loud.radd'
print(Loud(1) + 1, 1 + Loud(1), sum([Loud(1)]), Loud(2) * 3)
t('int() of subclass with __int__', lambda: int(type('I', (int,), {'__int__': lambda self: 99})(1)))
t('float of subclass', lambda: float(MyInt(3)))
t('bool subclass error', lambda: type('B', (bool,), {}))
