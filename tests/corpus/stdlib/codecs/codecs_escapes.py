# unicode_escape, raw_unicode_escape and the bytes escape codec.
import codecs, _codecs

s = 'a\\b\'"\t\n\r\x00\x7f\xe9\u20ac\U0001f600'
for enc in ['unicode_escape', 'raw_unicode_escape']:
    data = s.encode(enc)
    print(enc, data, data.decode(enc) == s)
print(_codecs.escape_encode(b'a\\\'"\t\x00\xe9'), codecs.escape_decode(b'a\\x41\\n\\101\\\n'))
print(codecs.decode(b'\\u20ac \\N{BULLET} \\x41 \\101 \\U0001F600', 'unicode_escape'))
print(codecs.decode(b'\\u20ac \\\\u20ac \\x', 'raw_unicode_escape'))
for data in [b'\\x4', b'ab\\u12', b'\\N{no such name}', b'\\U00110000', b'ab\\', b'\\N', b'\\N{', b'\\Nx']:
    try:
        print(data.decode('unicode_escape'))
    except UnicodeDecodeError as e:
        print(data, e.start, e.end, e.reason)
for data in [b'\\u12', b'\\U00110000', b'x\\']:
    try:
        print(data.decode('raw_unicode_escape'))
    except UnicodeDecodeError as e:
        print(data, e.start, e.end, e.reason)
print(_codecs.unicode_escape_decode(b'ab\\u12', None, False), _codecs.unicode_escape_decode(b'ab\\u12', 'replace'))
print(_codecs.raw_unicode_escape_decode(b'ab\\u12', None, False), _codecs.unicode_escape_decode(b'\\x41\\x4', 'ignore'))
for data, errors in [(b'\\x4', 'strict'), (b'\\x4', 'replace'), (b'\\x4g', 'ignore'), (b'ab\\', 'strict'), (b'\\x4', 'bogus')]:
    try:
        print(codecs.escape_decode(data, errors))
    except ValueError as e:
        print(type(e).__name__, e)
print(codecs.escape_decode('text\\n'))
print(_codecs.readbuffer_encode('abc'), _codecs.readbuffer_encode(b'abc'))
dec = codecs.getincrementaldecoder('unicode_escape')()
print([dec.decode(bytes([b])) for b in b'a\\u20acb'], dec.decode(b'', True))
