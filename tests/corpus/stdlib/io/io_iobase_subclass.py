# Python subclasses of the io ABCs get readline, iteration, readinto, context management from _io.
import io

class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

s = Source(b'line one\nline two\nend')
print(s.read(5), s.readline(), s.readall())
s = Source(b'a\nbb\nccc')
print(list(s), s.closed)
print(io.BufferedReader(Source(b'buffered\nreader')).readlines())
t = io.TextIOWrapper(io.BufferedReader(Source('tëxt\nwrapper'.encode())), encoding='utf-8')
print(t.readlines())

class Sink(io.RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

k = Sink()
w = io.BufferedWriter(k, buffer_size=4)
w.write(b'ab')
w.write(b'cdefgh')
w.flush()
print(k.chunks)
with io.TextIOWrapper(io.BufferedWriter(Sink()), encoding='ascii') as tw:
    tw.write('hello')
    sink = tw.buffer.raw
print(sink.chunks, sink.closed)

class Closer(io.IOBase):
    def flush(self):
        print('flush called')
        super().flush()
c = Closer()
with c as inner:
    print(inner is c, c.closed)
print(c.closed, c.__dict__)
try:
    c.__enter__()
except ValueError as e:
    print(e)
for name in ['seek', 'truncate', 'fileno', 'tell']:
    try:
        getattr(io.IOBase(), name)()
    except io.UnsupportedOperation as e:
        print(name, e, isinstance(e, OSError), isinstance(e, ValueError))
print(io.IOBase().readable(), io.IOBase().writable(), io.IOBase().seekable())
for check in ['_checkReadable', '_checkWritable', '_checkSeekable']:
    try:
        getattr(io.IOBase(), check)()
    except io.UnsupportedOperation as e:
        print(check, e)
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.StringIO, io.TextIOBase))
print(isinstance(io.TextIOWrapper(io.BytesIO()), io.IOBase))
print(io.UnsupportedOperation.__mro__)
print([n for n in dir(io) if not n.startswith('_')])
