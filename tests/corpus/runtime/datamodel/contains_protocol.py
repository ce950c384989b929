# __contains__ and the fallbacks for `in`: __iter__ then __getitem__, truthiness of __contains__ result, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class C:
    def __contains__(self, x):
        return x == 'yes'
class Truthy:
    def __contains__(self, x):
        return 'non-bool truthy'
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
class GetitemOnly:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i
print('yes' in C(), 'no' in C(), 'no' not in C(), 'x' in Truthy(), 2 in IterOnly(), 5 in IterOnly(), 3 in GetitemOnly(), 9 in GetitemOnly())
t('no protocol', lambda: 1 in object())
class NoneContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
t('contains None', lambda: 1 in NoneContains())
class Raising:
    def __contains__(self, x):
        raise LookupError('inside contains')
t('raises', lambda: 1 in Raising())
t('dict contains unhashable', lambda: [] in {})
t('str contains non str', lambda: None in 'abc')
