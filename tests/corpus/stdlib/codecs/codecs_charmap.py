# Table-driven codecs (encodings' charmap codecs) and _codecs.charmap_* directly.
import codecs, _codecs

for enc in ['cp1252', 'latin-1', 'iso8859-15', 'cp437', 'mac-roman', 'koi8-r', 'cp1251', 'cp850']:
    text = 'aé€ж'
    print(enc, text.encode(enc, 'replace'), text.encode(enc, 'replace').decode(enc))
try:
    'ж'.encode('cp1252')
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
try:
    b'\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print(e)
print(b'\x81\x80'.decode('cp1252', 'replace'), b'\x81\x80'.decode('cp1252', 'ignore'), ascii(b'\x81'.decode('cp1252', 'surrogateescape')))
print('ж€'.encode('cp1252', 'xmlcharrefreplace'), 'ж€'.encode('cp1252', 'backslashreplace'), 'ж'.encode('cp1252', 'namereplace'))
table = 'abc' + '\ufffe' * 253
print(_codecs.charmap_decode(b'\x00\x01\x02', 'strict', table))
print(_codecs.charmap_decode(b'\x00\x05', 'replace', table))
print(_codecs.charmap_decode(b'\x00\x01\x02', 'strict', {0: 'X', 1: 0x20ac, 2: 'yz'}))
print(_codecs.charmap_decode(b'ab'))
for m in [{0: 0x110000}, {0: 3.5}, {0: None}]:
    try:
        print(_codecs.charmap_decode(b'\x00', 'strict', m))
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
enc = _codecs.charmap_build(table)
print(type(enc).__name__ == 'EncodingMap' or isinstance(enc, dict))
print(_codecs.charmap_encode('abc', 'strict', enc), _codecs.charmap_encode('ab', 'strict', {97: b'AA', 98: 66}))
print(_codecs.charmap_encode('é', 'strict', None))
for m in [{97: 300}, {97: 'x'}]:
    try:
        print(_codecs.charmap_encode('a', 'strict', m))
    except TypeError as e:
        print(e)
try:
    _codecs.charmap_encode('abd', 'strict', enc)
except UnicodeEncodeError as e:
    print(e)
print(_codecs.charmap_encode('adc', 'replace', {97: 97, 99: 99, 63: 63}))
