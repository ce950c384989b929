# bytes and bytearray: more method coverage (count/find with ints, split with maxsplit, center, title, isascii, iteration types).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

b = b'one two  three\tfour\nfive'
print(b.split(), b.split(b' '), b.split(None, 2), b.rsplit(None, 2), b.split(b' ', 1), b.rsplit(b' ', 1))
print(b.count(b'o'), b.count(ord('e')), b.find(ord('t')), b.rfind(b'e', 0, 10), b.index(b'five'), b.title(), b.isascii(), b'\x80'.isascii())
ba = bytearray(b'hello')
print([type(x).__name__ for x in (ba.split()[0], ba.partition(b'l')[0], ba.center(9), ba.replace(b'l', b'L'), ba[1:3], ba + b'!', b'!' + ba)])
print(bytes(ba) == ba, ba == 'hello', hash(bytes(ba)) == hash(b'hello'), list(reversed(ba)), ba.decode().upper(), ba.hex(' '))
t('split empty sep', lambda: b'abc'.split(b''))
t('join with str', lambda: b''.join([b'a', 'b']))
t('fromhex with spaces', lambda: bytearray.fromhex(' 01  02 '))
t('ljust fill str', lambda: b'a'.ljust(3, ' '))
t('bytes mod dict', lambda: b'%(k)s' % {b'k': b'v'})
t('bytes iter type', lambda: [type(x).__name__ for x in b'ab'])
