# bytes % formatting (PEP 461), fromhex/hex with separators, subclasses, repr quoting, split/replace/justify edge cases.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(b'%s %d %x %r %a %c %5.2f %b' % (b'x', 5, 255, b'r', 'é', 65, 1.5, bytearray(b'ba')))
print(b'%(a)s %(b)d' % {b'a': b'A', b'b': 7})
t('mod err', lambda: b'%d' % b'x')
t('mod err2', lambda: b'%s' % 'x')
t('mod err3', lambda: b'%d %d' % (1,))
t('mod err4', lambda: b'%d' % (1,2))
print(b'abc'.__mod__(()), bytearray(b'%c') % b'x')
print(bytes.fromhex('ab cd'), bytearray.fromhex('00ff'))
class B(bytes): pass
class BA(bytearray): pass
print(type(B.fromhex('41')), repr(B(b'xy')), type(B(b'a') + b'b'), type(B(b'ab')[0:1]), BA(b'xy'), type(BA.fromhex('41')))
print(B(b'ab') == b'ab', hash(B(b'ab')) == hash(b'ab'), b'ab' == BA(b'ab'), BA(b'ab').upper())
print(repr(b"it's"), repr(bytearray(b"it's")), repr(b'\'"'), repr(bytearray(b'\x00\x7f\x80\xff')))
print(b'a b  c'.split(None, 1), b'  a b c  '.rsplit(None, 1), b'a,b,c'.rsplit(b',', 1), b'abc'.split(b'abc'))
print(b'abcabc'.replace(b'', b'-', 3), b'abc'.replace(b'b', b'XX'), b'aaa'.replace(b'a', b'b', 2))
print(b'ab'.center(7, b'-'), b'ab'.center(6), b'abc'.center(6), b'+12'.zfill(6), b''.zfill(3))
print(b'a\tbc\td\n\tx'.expandtabs(), b'a\tb'.expandtabs(0))
print(b'hello'.hex(':', 2), b'hello'.hex(':', -2), b'hello'.hex(b'|', 1), memoryview(b'hello').hex('.', 3))
print(list(iter(bytearray(b'ab'))), iter(b'ab').__length_hint__(), list(reversed(b'abc')))
print(b'abc'.startswith(b'b', 1), b'abc'.startswith(b'', 4), b'abc'.endswith(b'c', 0, 3), b'abc'.endswith(b'b', 0, 2), b'abc'.find(b'', 3), b'abc'.find(b'', 4), b'abc'.rfind(b''))
print(b'Hello World'.istitle(), b'HELLO'.isupper(), b'Hello'.swapcase(), b'hello world'.title(), b"they're bill's".title())
