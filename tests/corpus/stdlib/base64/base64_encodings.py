# base64: b64 (standard, urlsafe, altchars, validate), b32 (hex, casefold, map01), b16, b85/a85 (options), encodebytes/decodebytes, errors.
import base64, binascii
data = b'Kaa \x00\xff\xfe binary and text! ' * 2
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode), (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode)]:
    e = enc(data); print(enc.__name__, e, dec(e) == data)
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'), base64.b64decode('aGk='), base64.standard_b64encode(b'x'), base64.b64decode(b'aG\nk='))
print(base64.b32decode(b'mzxw6===', casefold=True), base64.b32decode(b'0O======', map01=b'L') if False else '', base64.b16decode(b'ff', casefold=True), base64.a85encode(b'\x00' * 8), base64.a85encode(b'    ', foldspaces=True))
print(base64.a85encode(data, wrapcol=20, adobe=True), base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True), base64.b85encode(b'abc', pad=True))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\neHh4\n'), base64.encodebytes(b''))
for bad in [lambda: base64.b64decode(b'abc'), lambda: base64.b64decode(b'ab$c', validate=True), lambda: base64.b32decode(b'abc'), lambda: base64.b16decode(b'fg'),
            lambda: base64.b16decode(b'ff'), lambda: base64.b85decode(b'|||||'), lambda: base64.a85decode(b'z!'), lambda: base64.b64encode('str'), lambda: base64.b64decode('é'),
            lambda: base64.b32decode(b'MZXW6==='), lambda: base64.b32decode(b'MZXW6YQ')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(base64.b64decode(b'a$b=c=', validate=False), issubclass(binascii.Error, ValueError), base64.b64encode(bytearray(b'ba')), base64.b64encode(memoryview(b'mv')))
