# bytes: construction forms, repr escaping, indexing, slicing, concatenation, comparison, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

t('literal', lambda: [b'', b'abc', b'\x00\xff', b"it's", b'"q"', b'\'both"', b'\t\n\r\\', bytes(range(0, 256, 17))])
t('from int', lambda: bytes(5))
t('from neg', lambda: bytes(-1))
t('from list', lambda: bytes([65, 66, 67]))
t('from list bad', lambda: bytes([256]))
t('from list type', lambda: bytes(['a']))
t('from str', lambda: bytes('é', 'utf-8'))
t('from str no enc', lambda: bytes('abc'))
t('from bytearray', lambda: bytes(bytearray(b'xy')))
t('from memoryview', lambda: bytes(memoryview(b'mv')))
t('from iter', lambda: bytes(x for x in range(3)))
t('enc without str', lambda: bytes(5, 'utf-8'))
t('from float', lambda: bytes(1.5))
class B:
    def __bytes__(self):
        return b'custom'
t('dunder bytes', lambda: bytes(B()))
b = b'hello world'
print(b[0], b[-1], b[1:4], b[::-1], b[::3], b[100:], list(b[:3]))
t('index error', lambda: b[20])
t('concat', lambda: b + b'!' + bytearray(b'?'))
t('concat str', lambda: b + 'x')
t('repeat', lambda: (b'ab' * 3, 0 * b'ab'))
t('compare', lambda: (b'a' < b'b', b'abc' < b'abd', b'a' == b'a', b'a' == 'a', b'' < b'\x00'))
t('compare str', lambda: b'a' < 'a')
t('contains', lambda: (b'lo' in b, 104 in b, 300 in b if False else 0, b'' in b))
t('contains big', lambda: 300 in b)
t('contains str', lambda: 'h' in b)
t('hash', lambda: [hash(x) for x in (b'', b'a', b'abc', b'hello world')])
t('hash str eq', lambda: hash(b'abc') == hash('abc'))
t('iter', lambda: list(b'abc'))
t('len', lambda: len(b))
t('str', lambda: (str(b'a'), repr(b'a'), f'{b"x"}'))
t('immutable', lambda: b.__setitem__(0, 1))
t('fromhex', lambda: [bytes.fromhex('41 42 ff'), bytes.fromhex(''), bytes.fromhex(' 0a0B ')])
t('fromhex bad', lambda: bytes.fromhex('4'))
t('fromhex bad char', lambda: bytes.fromhex('zz'))
t('hex', lambda: [b'\x01\xab'.hex(), b'abc'.hex(':'), b'abcdef'.hex('-', 2), b'abcdef'.hex('-', -2), b''.hex()])
