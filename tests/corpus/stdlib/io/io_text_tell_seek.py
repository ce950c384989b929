# TextIOWrapper tell()/seek() cookies across multi-byte characters, universal newlines and codecs.
import io

def roundtrip(data, encoding, newline=None, step=1):
    t = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline=newline)
    t._CHUNK_SIZE = 4
    marks = []
    while True:
        pos = t.tell()
        ch = t.read(step)
        if not ch:
            break
        marks.append((pos, ch))
    ok = True
    for pos, ch in marks:
        t.seek(pos)
        ok = ok and t.read(step) == ch
    return len(marks), ok, marks[:6]

text = 'aé€😀\r\nb\rc\nd' * 3
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'latin-1', 'cp1252', 'utf-8-sig']:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = text.encode(enc, 'replace')
    for newline in [None, '', '\n']:
        print(enc, repr(newline), roundtrip(data, enc, newline))
print(roundtrip('xyz'.encode() * 10, 'utf-8', None, 3))
t = io.TextIOWrapper(io.BytesIO('ab€'.encode()), encoding='utf-8')
print(t.read(1), t.tell(), t.read(), t.tell())
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-16')
t.write('ab')
print(t.tell())
t.seek(0)
print(repr(t.read()))
t.seek(0, 2)
t.write('c')
t.flush()
print(t.buffer.getvalue())
