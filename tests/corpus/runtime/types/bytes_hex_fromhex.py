# bytes.hex with separators and group sizes, bytes.fromhex whitespace rules, and bytearray equivalents.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

data = bytes(range(0, 256, 15))
for args in [(), (':',), ('-', 1), ('-', 2), ('-', -2), (' ', 3), (' ', -3), (b'|', 4), ('_', 100)]:
    print(args, data.hex(*args))
t('bad sep', lambda: data.hex('ab'))
t('non ascii sep', lambda: data.hex('é'))
for s in ['', '00', '0a 0b', ' 0a0b ', '0A\t0B', '0a\n0b', 'zz', '0', 'a b']:
    t(repr(s), lambda: bytes.fromhex(s))
print(bytearray(b'\x00\xff').hex(':'), memoryview(b'\x01\x02').hex('-'))
