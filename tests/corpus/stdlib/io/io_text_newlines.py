# Newline modes of TextIOWrapper: None, '', '\n', '\r', '\r\n' for reading and writing.
import io

data = b'one\rtwo\r\nthree\nfour\r'
for newline in [None, '', '\n', '\r', '\r\n']:
    t = io.TextIOWrapper(io.BytesIO(data), encoding='ascii', newline=newline)
    lines = t.readlines()
    print(repr(newline), lines, t.newlines)
    t = io.TextIOWrapper(io.BytesIO(data), encoding='ascii', newline=newline)
    print(repr(newline), repr(t.read()), t.newlines)

for newline in [None, '', '\n', '\r', '\r\n']:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding='ascii', newline=newline)
    t.write('a\nb\r\nc\rd')
    t.flush()
    print('write', repr(newline), b.getvalue())

# A "\r\n" split across chunks.
t = io.TextIOWrapper(io.BytesIO(b'x' * 8191 + b'\r\ny\r\n'), encoding='ascii')
print([len(line) for line in t])
t = io.TextIOWrapper(io.BytesIO(b'x' * 8191 + b'\r\ny\r\n'), encoding='ascii', newline='')
print([len(line) for line in t])
t = io.TextIOWrapper(io.BytesIO(b'ab\rcd'), encoding='ascii', newline=None)
print(repr(t.read(2)), repr(t.read(1)), repr(t.read()))

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('', final=True)), d.newlines, d.getstate())
d.reset()
print(d.newlines, d.getstate())
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode('a\r\nb\rc\n')), d.newlines)
d.setstate((b'', 1))
print(repr(d.decode('x')))
try:
    io.IncrementalNewlineDecoder(None, translate=True).decode(b'x')
except TypeError as e:
    print('TypeError', e)
