# json: streaming encode (iterencode chunks, dump to a file in a temp dir, load back), custom JSONDecoder subclass with object hooks, large and nested documents, round-trip of floats.
import json, os, tempfile, math
doc = {'items': [{'id': i, 'v': i / 7, 'tags': ['t%d' % (i % 3)] * (i % 4)} for i in range(40)], 'meta': {'count': 40, 'ok': True, 'none': None}}
chunks = list(json.JSONEncoder(sort_keys=True).iterencode(doc)); print(len(chunks) > 10, ''.join(chunks) == json.dumps(doc, sort_keys=True), chunks[:6])
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'doc.json')
    with open(p, 'w', encoding='utf-8') as f: json.dump(doc, f, indent=1, ensure_ascii=False)
    with open(p, encoding='utf-8') as f: back = json.load(f)
    print(back == doc, os.path.getsize(p) > 1000)
    with open(p, 'rb') as f: print(json.load(f) == doc)
class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw): super().__init__(object_hook=self.hook, **kw)
    def hook(self, d): return ('Point', d['x'], d['y']) if d.keys() == {'x', 'y'} else d
print(json.loads('[{"x": 1, "y": 2}, {"x": 1}, {"p": {"x": 0, "y": 0}}]', cls=PointDecoder))
floats = [0.1, 1 / 3, 1e16, 1.5e-10, 123456789.123456789, 2 ** 53 + 1.0, -0.0, 5e-324, 1.7976931348623157e308]
s = json.dumps(floats); print(s, json.loads(s) == floats, all(math.copysign(1, a) == math.copysign(1, b) for a, b in zip(json.loads(s), floats)))
nested = []; cur = nested
for _ in range(100): nxt = []; cur.append(nxt); cur = nxt
print(len(json.dumps(nested)), json.loads(json.dumps(nested)) == nested)
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=None, separators=(', ', ': ')), json.dumps('\u2028\u2029'), json.dumps('\ud800'), json.loads('"\\ud800"') == '\ud800')
print(json.dumps({'k': 2 ** 70, 'neg': -2 ** 64}), json.loads('18446744073709551616'), json.loads('-0'), json.loads('-0.0'), json.loads('1.0e+2'), type(json.loads('1E2')).__name__)
