# TextIOWrapper encodings and error handlers, reconfigure, detach, and the attributes.
import io

for enc in ['utf-8', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-32', 'cp1252', 'utf-8-sig']:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding=enc, errors='replace')
    t.write('héllo €')
    t.flush()
    raw = b.getvalue()
    print(enc, raw)
    t2 = io.TextIOWrapper(io.BytesIO(raw), encoding=enc)
    print(enc, repr(t2.read()), t2.encoding)

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='ascii')
try:
    t.write('é')
    t.flush()
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(b'a\xffb'), encoding='utf-8')
try:
    t.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
for errors in ['ignore', 'replace', 'surrogateescape', 'backslashreplace']:
    t = io.TextIOWrapper(io.BytesIO(b'a\xffb'), encoding='utf-8', errors=errors)
    print(errors, ascii(t.read()), t.errors)

t = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
print(repr(t), t.line_buffering, t.write_through, t.newlines, t.name if hasattr(t, 'name') else 'no name')
t.reconfigure(line_buffering=True)
print(t.line_buffering)
t.reconfigure(encoding='latin-1')
print(t.encoding, t.errors)
t.reconfigure(errors='replace')
print(t.encoding, t.errors)
t.write('x')
t.reconfigure(newline='\r\n')
t.write('a\n')
t.flush()
print(t.buffer.getvalue())
r = io.TextIOWrapper(io.BytesIO(b'abc'), encoding='utf-8')
r.read(1)
try:
    r.reconfigure(encoding='latin-1')
except Exception as e:
    print(type(e).__name__, e)
buf = r.detach()
print(type(buf).__name__, repr(r))
for op in [lambda: r.read(), lambda: r.write('x'), lambda: r.buffer, lambda: r.closed, lambda: r.encoding]:
    try:
        print(repr(op()))
    except Exception as e:
        print(type(e).__name__, e)
for kw in [dict(encoding=3), dict(errors=3), dict(newline='x'), dict(newline=5), dict(encoding='no-codec'), dict(encoding='rot13')]:
    try:
        io.TextIOWrapper(io.BytesIO(), **kw)
    except Exception as e:
        print(kw, type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(b'x'), encoding='utf-8')
print(t._CHUNK_SIZE)
t._CHUNK_SIZE = 2
print(t._CHUNK_SIZE)
try:
    t._CHUNK_SIZE = 0
except ValueError as e:
    print(e)
t.close()
print(t.closed)
for op in [t.read, lambda: t.write('x'), t.tell, t.readline, lambda: t.seek(0)]:
    try:
        op()
    except ValueError as e:
        print('closed:', e)
