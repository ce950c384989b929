# bytes()/bytearray() constructor forms and errors (int, iterable, buffer, str with encoding, __bytes__, __index__).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Idx:
    def __index__(self):
        return 3
class BytesDunder:
    def __bytes__(self):
        return b'dunder'
class BadBytes:
    def __bytes__(self):
        return 'str'
t('int', lambda: (bytes(3), bytearray(2)))
t('index', lambda: bytes(Idx()))
t('iterable', lambda: (bytes([1, 2]), bytes(range(3)), bytes(x for x in [65])))
t('buffer', lambda: (bytes(bytearray(b'x')), bytes(memoryview(b'mv'))))
t('str enc', lambda: (bytes('é', 'utf-8'), bytes('é', encoding='latin-1'), bytearray('x', 'ascii')))
t('str errors', lambda: bytes('é', 'ascii', 'replace'))
t('dunder', lambda: bytes(BytesDunder()))
t('bad dunder', lambda: bytes(BadBytes()))
t('str no enc', lambda: bytes('x'))
t('neg', lambda: bytearray(-1))
t('float', lambda: bytes(2.0))
t('none', lambda: bytes(None))
t('iter with big', lambda: bytes([1, 300]))
t('iter with neg', lambda: bytearray([-1]))
t('enc without str', lambda: bytes(b'x', 'utf-8'))
t('errors without enc', lambda: bytes('x', errors='strict'))
