# StringIO: reading, writing past the end, newline translation, seek/truncate, pickling state.
import io, pickle

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = io.StringIO('hello\nworld\n')
show('read 3', lambda: s.read(3))
show('readline', s.readline)
show('tell', s.tell)
show('readlines', s.readlines)
show('read at end', s.read)
show('seek 20', lambda: s.seek(20))
show('write', lambda: s.write('X'))
show('getvalue', s.getvalue)
show('truncate 5', lambda: s.truncate(5))
show('getvalue', s.getvalue)
show('tell', s.tell)
show('seek cur', lambda: s.seek(0, 1))
show('seek end', lambda: s.seek(0, 2))
show('seek nonzero cur', lambda: s.seek(1, 1))
show('seek negative', lambda: s.seek(-1))
show('bad whence', lambda: s.seek(0, 3))
show('truncate negative', lambda: s.truncate(-1))
show('write bytes', lambda: s.write(b'x'))
show('read str size', lambda: s.read('x'))
show('bad initial', lambda: io.StringIO(b'x'))
show('bad newline', lambda: io.StringIO(newline='x'))
show('newline type', lambda: io.StringIO(newline=3))
show('astral', lambda: io.StringIO('a😀b').read(2))
show('iter', lambda: list(io.StringIO('a\nb\nc')))
for nl in [None, '', '\n', '\r', '\r\n']:
    t = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines(), t.newlines)
    t = io.StringIO(newline=nl)
    t.write('x\ny\r\nz\r')
    print(repr(nl), repr(t.getvalue()), t.newlines)
s = io.StringIO('state', newline='')
s.seek(2)
s.extra = 42
st = s.__getstate__()
print(st)
s2 = pickle.loads(pickle.dumps(s))
print(s2.getvalue(), s2.tell(), s2.extra)
show('setstate bad', lambda: io.StringIO().__setstate__(('a', None, 0)))
show('setstate negative', lambda: io.StringIO().__setstate__(('a', '\n', -1, None)))
s.close()
show('closed', lambda: s.closed)
for name in ['read', 'getvalue', 'tell', 'readable', 'writable', 'seekable', 'readline']:
    show(name + ' closed', getattr(s, name))
show('line_buffering', lambda: io.StringIO().line_buffering)
show('isinstance', lambda: (isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase)))
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
