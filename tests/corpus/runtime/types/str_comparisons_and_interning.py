# str: equality vs identity of equal strings, sys.intern, comparison ordering by code point.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
a = 'hello'
b = ''.join(['hel', 'lo'])
print(a == b, sys.intern(b) is sys.intern(a), sys.intern(a) is a)
t('intern non str', lambda: sys.intern(5))
class S(str):
    pass
t('intern subclass', lambda: sys.intern(S('x')))
print(sorted(['b', 'B', 'a', 'A', '_', '1', ' ', '~', 'é', 'e']))
print('a' < 'b' < 'c', 'abc' > 'ab', '' == '', 'A' < 'a', chr(0) < ' ', '\uffff' < '\U00010000')
print(max(['apple', 'Apple', 'banana']), min('zebra'), 'b' * 3 > 'a' * 100)
