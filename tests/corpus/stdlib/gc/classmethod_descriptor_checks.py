# classmethod descriptors of builtin types called or bound with something that is not a subtype of their owner, and gc.is_tracked of static and heap types.
import gc


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


fk = dict.__dict__['fromkeys']
fh = bytes.__dict__['fromhex']


class D(dict):
    pass


t('call owner', lambda: fk(dict, 'ab'))
t('call subtype', lambda: type(fk(D, 'ab')).__name__)
t('call other type', lambda: fk(int, 'ab'))
t('call non-type', lambda: fk(5, 'ab'))
t('call no argument', lambda: fk())
t('get other type', lambda: fk.__get__(None, int))
t('get non-type', lambda: fk.__get__(None, 5))
t('get from instance', lambda: fk.__get__(D())('x'))
t('bytes.fromhex on str', lambda: fh(str, '41'))
t('is_tracked', lambda: [gc.is_tracked(x) for x in (int, type, dict, D, {1: int}, {1: D}, [int])])
