# The UTF codecs of _codecs: utf-8/16/32 with byte orders, final flags and incremental decoders.
import codecs, _codecs

text = 'aé€😀'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-7', 'utf-8-sig']:
    data = text.encode(enc)
    print(enc, data, data.decode(enc) == text)
    dec = codecs.getincrementaldecoder(enc)()
    out = ''.join(dec.decode(data[i:i + 1]) for i in range(len(data))) + dec.decode(b'', final=True)
    print(' incremental', out == text)
    enc_ = codecs.getincrementalencoder(enc)()
    print(' incremental encode', b''.join(enc_.encode(ch) for ch in text) == data)
print(_codecs.utf_8_decode(b'a\xe2\x82'), _codecs.utf_8_decode(b'a\xe2\x82', None, True) if False else '')
print(_codecs.utf_16_ex_decode(b'\xff\xfea\x00b'), _codecs.utf_16_ex_decode(b'\xfe\xff\x00a', None, 0, True))
print(_codecs.utf_16_ex_decode(b'a\x00', None, 0, True), _codecs.utf_16_decode(b'\xff\xfea\x00b'))
print(_codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a'), _codecs.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00'))
print(_codecs.utf_16_encode('a', None, -1), _codecs.utf_16_encode('a', None, 1), _codecs.utf_32_encode('a'))
for bad, enc in [(b'\xff', 'utf-8'), (b'a\xc3', 'utf-8'), (b'\xed\xa0\x80', 'utf-8'), (b'a', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xdc\x00\x00', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le')]:
    try:
        bad.decode(enc)
    except UnicodeDecodeError as e:
        print(enc, e.encoding, e.start, e.end, e.reason, e)
for errors in ['replace', 'ignore', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
    try:
        print(errors, ascii(b'a\xff\xed\xa0\x80b'.decode('utf-8', errors)))
    except UnicodeDecodeError as e:
        print(errors, e)
    print(errors, ascii(b'a\xed\xa0\x80b'.decode('utf-8', errors)))
for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    for enc in ['utf-8', 'utf-16-le', 'ascii', 'latin-1']:
        try:
            print(errors, enc, 'a\udcff\u20acb'.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(errors, enc, 'UnicodeEncodeError', e)
for args in [(b'x',), ('x', 3), ('x', None, 'y')]:
    try:
        _codecs.utf_8_encode(*args)
    except TypeError as e:
        print(e)
try:
    _codecs.utf_8_decode('x')
except TypeError as e:
    print(e)
