# UnicodeEncodeError/UnicodeDecodeError attributes (encoding, object, start, end, reason) and messages for several codecs.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

cases = [lambda: 'aé€'.encode('ascii'), lambda: '€'.encode('latin-1'), lambda: b'\xff\xfe\x00'.decode('utf-8'), lambda: b'\xe2\x82'.decode('utf-8'),
         lambda: b'\x80'.decode('ascii'), lambda: '\ud800'.encode('utf-8'), lambda: b'\x00\xd8'.decode('utf-16-le')]
for c in cases:
    try:
        c()
    except UnicodeError as e:
        print(type(e).__name__, e.encoding, repr(e.object), e.start, e.end, e.reason, '|', str(e))
e = UnicodeDecodeError('utf-8', b'ab', 1, 2, 'custom')
e.reason = 'changed'
e.start = 0
print(str(e), isinstance(e, ValueError))
