# pickle: every protocol 0-5 round-trips builtins and classes; opcodes of small pickles (pickletools); errors.
import pickle, pickletools, io
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return type(o) is Pt and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f'Pt({self.x}, {self.y})'
data = [None, True, False, 0, -1, 255, 65536, 2**31, -2**63, 2**100, -2**100, 1.5, -0.0, float('inf'), 1j, 'é\U0001f600', b'\x00\xff', bytearray(b'ab'),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2]], {}, {'a': 1}, {1, 2}, frozenset({3}), range(1, 10, 2), slice(1, 2), Pt(1, 'x'),
        Ellipsis, NotImplemented, len, Pt, type(None), 'x' * 300, b'y' * 300]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = pickle.dumps(data, protocol=proto)
    back = pickle.loads(s)
    print(proto, back == data, s[:2], len(s) > 0)
shared = [1, 2]; obj = [shared, shared, {'k': shared}]
for proto in (0, 2, 5):
    b = pickle.loads(pickle.dumps(obj, proto)); print(proto, b, b[0] is b[1], b[0] is b[2]['k'])
rec = []; rec.append(rec); r = pickle.loads(pickle.dumps(rec)); print(r[0] is r)
for proto in range(6):
    print(proto, pickle.dumps((1, 'a', None), protocol=proto))
out = io.StringIO(); pickletools.dis(pickle.dumps({'a': [1, 2.0]}, 2), out=out); print(out.getvalue())
print(pickle.dumps(Pt(1, 2), 0))
print(pickletools.optimize(pickle.dumps([1, 1], 2)))
for bad in [lambda: pickle.dumps((x for x in [])), lambda: pickle.dumps(1, protocol=6), lambda: pickle.dumps(open), lambda: pickle.loads(pickle.dumps(len, 0))]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
buf = io.BytesIO(); p = pickle.Pickler(buf, 4); p.dump('first'); p.dump([2]); buf.seek(0); u = pickle.Unpickler(buf); print(u.load(), u.load())
try: u.load()
except EOFError as e: print(type(e).__name__)
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.loads(pickle.dumps(2**1000, 0)) == 2**1000)
