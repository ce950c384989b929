# exception objects: args is a tuple (assignment converts), attributes added dynamically, __dict__, reuse of an instance raised twice.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

e = ValueError('a', 'b')
e.args = ['x', 'y']
print(type(e.args).__name__, e.args, str(e))
e.custom = 1
print(vars(e), e.custom)
try:
    e.args = 5
except TypeError as err:
    print('TypeError', err)
reused = KeyError('reuse')
for i in range(2):
    try:
        raise reused
    except KeyError as caught:
        print(i, caught is reused, repr(caught))
class WithSlots(Exception):
    __slots__ = ('extra',)
s = WithSlots('m')
s.extra = 'slot'
print(s.extra, s.args)
print(repr(Exception()), repr(Exception(None)), repr(Exception(())), str(Exception(())))
