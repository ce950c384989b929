# str() on every builtin value kind and its differences from repr().
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

vals = [0, 1.5, 1j, 'text', b'bytes', bytearray(b'ba'), [1, 'a'], (1, 'b'), {'k': 'v'}, {'s'}, None, True, ..., range(1), int, 1e16, 1e-5]
for v in vals:
    print(str(v), '|', repr(v), '|', str(v) == repr(v))
t('str(bytes, enc)', lambda: str(b'abc', 'ascii'))
t('str kwargs', lambda: str(object=b'x', encoding='utf-8'))
t('str encoding only', lambda: str(encoding='utf-8'))
