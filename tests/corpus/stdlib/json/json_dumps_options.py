# json: dumps with indent, separators, sort_keys, ensure_ascii, default, allow_nan, skipkeys; the encoder class.
import json
data = {'b': [1, 2.5, None, True, False], 'a': {'x': 'é\u2603\U0001f600', 'y': []}, 'c': {}, 'n': -0.0}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t'))
print(json.dumps(data, separators=(',', ':'), ensure_ascii=False))
print(json.dumps([1, [2, [3, []]]], indent=0))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
print(json.dumps("\"\\\n\t\x00\x1f\x7f</script>"))
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1e300, 1e-7, 123456789012345678901234567890]))
for bad in [lambda: json.dumps({(1, 2): 3}),
            lambda: json.dumps(object()), lambda: json.dumps({'a': {1, 2}}), lambda: json.dumps(b'x')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True))
print(json.dumps({'s': {3, 1, 2}}, default=sorted))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2 + 3j], cls=Enc))
print(list(Enc(indent=1).iterencode({'a': [1, 2]})))
print(json.JSONEncoder().encode({'k': 'v'}), json.JSONEncoder(sort_keys=True).item_separator)
l = []; l.append(l)
try: json.dumps(l)
except Exception as e: print(type(e).__name__, e)
d = {}; d['d'] = d
try: json.dumps(d)
except Exception as e: print(type(e).__name__, e)
class S(str): pass
class I(int): pass
class F(float): pass
print(json.dumps([S('x'), I(5), F(1.5), True]))
import io
buf = io.StringIO(); json.dump({'z': [1, 2]}, buf, indent=3); print(repr(buf.getvalue()))
