# The codec registry: lookup, CodecInfo, register/unregister of search functions, error handlers.
import codecs

info = codecs.lookup('UTF-8')
print(info.name, info.encode('é'), info.decode(b'\xc3\xa9'), type(info).__name__)
for name in ['utf8', 'U8', 'latin-1', 'iso8859-1', 'ASCII', 'us-ascii', 'cp1252', 'utf_16_le', 'utf-32', 'mac-roman', 'koi8-r', 'cp437', 'hex', 'rot13', 'base64', 'utf-8-sig', 'idna', 'punycode']:
    i = codecs.lookup(name)
    print(name, '->', i.name, getattr(i, '_is_text_encoding', None))
for bad in ['no-such-encoding', '', 'utf-9']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print('LookupError', e)

def search(name):
    if name == 'kaa_test':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), name='kaa-test')
    return None
codecs.register(search)
print(codecs.lookup('KAA TEST').name, codecs.encode('abc', 'kaa_test'), codecs.decode(b'XYZ', 'kaa-test'))
print('abc'.encode('kaa_test'), b'XYZ'.decode('kaa_test'))
codecs.unregister(search)
try:
    codecs.lookup('kaa_test_2')
except LookupError as e:
    print(e)
try:
    codecs.register(42)
except TypeError as e:
    print(e)

print(codecs.lookup_error('strict'), codecs.lookup_error('ignore'), codecs.lookup_error('replace'))
try:
    codecs.lookup_error('nope')
except LookupError as e:
    print(e)
def handler(exc):
    return ('[%s %d-%d]' % (type(exc).__name__, exc.start, exc.end), exc.end)
codecs.register_error('kaa.test', handler)
print(codecs.lookup_error('kaa.test') is handler)
print('aé€b'.encode('ascii', 'kaa.test'), 'aé€b'.encode('latin-1', 'kaa.test'))
print(b'a\xff\xfeb'.decode('ascii', 'kaa.test'), b'a\xe2\x82b'.decode('utf-8', 'kaa.test'))
print('a€'.encode('cp437', 'kaa.test'))
codecs.register_error('kaa.back', lambda exc: ('?', -1) if exc.end < len(exc.object) else ('!', exc.end))
print('aé'.encode('ascii', 'kaa.back'))
codecs.register_error('kaa.bad', lambda exc: 'nope')
try:
    'é'.encode('ascii', 'kaa.bad')
except TypeError as e:
    print(e)
codecs.register_error('kaa.far', lambda exc: ('', 100))
try:
    'é'.encode('ascii', 'kaa.far')
except IndexError as e:
    print(e)
try:
    'é'.encode('ascii', 'no-handler')
except LookupError as e:
    print(e)
print(codecs.encode(b'hi', 'hex'), codecs.decode(b'6869', 'hex'), codecs.encode('abc', 'rot13'))
try:
    'abc'.encode('rot13')
except LookupError as e:
    print(e)
try:
    b'abc'.decode('hex')
except LookupError as e:
    print(e)
