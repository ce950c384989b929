# marshal: dumps/loads of every marshallable type, versions, errors; bytes identical to CPython's for simple values.
import marshal
values = [None, True, False, 0, 1, -1, 255, 256, 2**31 - 1, -2**31, 2**31, 2**62, 2**100, -2**100, 0.0, -0.0, 1.5,
          float('inf'), 1e300, 2j, 1 + 2j, '', 'abc', 'a b', 'x' * 300, '\u00e9t\u00e9', '\U0001f40d', b'', b'bytes',
          (), (1,), (1, 2, 'three'), tuple(range(300)), [], [1, [2, [3]]], {}, {'a': 1, 2: [3]}, Ellipsis, StopIteration,
          frozenset(), frozenset({1, 2, 3}), {1, 'two', (3,)}]
for v in values:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(repr(v)[:60], back == v or (v != v), type(back).__name__)
for v in [None, 1, 'abc', 'a b', (1, 2), [1], {}, 2**70, 1.5, b'x', frozenset(), set(), StopIteration, ..., 'x' * 300]:
    print(repr(v)[:40], marshal.dumps(v))
for version in range(5):
    for v in [1.5, 2j, 'abc', '\u00e9', (1, 2), frozenset({1})]:
        data = marshal.dumps(v, version)
        print(version, repr(v), marshal.loads(data) == v, data if not isinstance(v, frozenset) else len(data))
for v in [0.1, 1e300, 1e-5, 2.0, -0.0, float('inf'), float('-inf'), 123456789012345678.0, 1e16, 5e-324]:
    print(marshal.dumps(v, 1), marshal.loads(marshal.dumps(v, 1)) == v, marshal.dumps(complex(v, -v), 0))
shared = ('shared',)
print(marshal.loads(marshal.dumps([shared, shared]))[0] is marshal.loads(marshal.dumps([shared, shared]))[1])
pair = marshal.loads(marshal.dumps([shared, shared]))
print(pair[0] is pair[1])
def f(a, b=2, *args, c, **kw):
    "doc"
    return a + b
code = marshal.loads(marshal.dumps(f.__code__))
print(code == f.__code__, code.co_name, code.co_varnames, code.co_consts == f.__code__.co_consts, code.co_filename == f.__code__.co_filename)
ns = {}
exec(marshal.loads(marshal.dumps(compile('x = [1, 2.5, "s"]\ny = len(x)', 'snippet', 'exec'))), ns)
print(ns['x'], ns['y'])
for bad in [object(), [object()], {1: object}, print]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for data in [b'', b'i\x01', b'Q', b'(\x02\x00\x00\x00N', b'r\x05\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x80', b'{N']:
    try:
        print(marshal.loads(data))
    except (EOFError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(marshal.loads(b'N extra bytes'), marshal.loads(bytearray(b'i\x05\x00\x00\x00')))
try:
    marshal.loads('str')
except TypeError as e:
    print(type(e).__name__, e)
try:
    marshal.dumps(1, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    marshal.dumps()
except TypeError as e:
    print(type(e).__name__, e)
print(marshal.version, sorted(n for n in dir(marshal) if not n.startswith('__')))
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(b)
class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def read(self, n=-1):
        chunk = self.data[self.pos:self.pos + n] if n >= 0 else self.data[self.pos:]
        self.pos += len(chunk)
        return chunk
    def readinto(self, buf):
        chunk = self.read(len(buf))
        buf[:len(chunk)] = chunk
        return len(chunk)
w = Writer()
marshal.dump((1, 'two'), w)
marshal.dump([3.0], w)
r = Reader(b''.join(w.parts))
print(marshal.load(r), marshal.load(r), r.pos == len(r.data))
try:
    marshal.load(r)
except EOFError as e:
    print(type(e).__name__, e)
