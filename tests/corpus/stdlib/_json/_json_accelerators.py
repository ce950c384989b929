# _json: the C accelerators json uses (scanstring, make_scanner, make_encoder, the escapers), their
# results, error positions and messages, and json.dumps/loads running over them.
import _json
import json
import json.decoder
import json.encoder
import json.scanner
from collections import OrderedDict
from decimal import Decimal

print(json.decoder.c_scanstring is _json.scanstring, json.scanner.c_make_scanner is _json.make_scanner)
print(json.encoder.c_make_encoder is _json.make_encoder, json.encoder.c_encode_basestring_ascii is _json.encode_basestring_ascii)
print(json.encoder.c_encode_basestring is _json.encode_basestring)
print(type(json.decoder.JSONDecoder().scan_once), json.scanner.make_scanner is _json.make_scanner)

for s, end in [('abc"', 0), ('a\\nb\\u00e9\\ud83d\\ude00"', 0), ('x"tail', 0), ('\\ud834x"', 0), ('\\ud834\\u0041"', 0),
               ('\\/\\b\\f\\r\\t\\"\\\\"', 0), ('abc', 0), ('ab\\', 0), ('ab\\q"', 0), ('\\u12"', 0), ('\\u12zz"', 0),
               ('\\ud834\\uzzzz"', 0), ('a\x01"', 0), ('"', 1), ('x"', 5), ('x"', -1), ('😀"', 0), ('a😀\\n"', 0)]:
    try:
        print(repr(s), end, _json.scanstring(s, end))
    except Exception as e:
        print(repr(s), end, type(e).__name__, e, getattr(e, 'pos', None))
print(_json.scanstring('a\x01"', 0, False), _json.scanstring('a\x01"', 0, 0))

for s in ['plain', 'quote"back\\slash', 'ctl\x00\x1f\x7f', 'tab\tnl\ncr\r\b\f', 'é ü ß', '中文', '😀🐍', '\ud800 lone', '']:
    print(_json.encode_basestring_ascii(s), _json.encode_basestring(s) == json.encoder.py_encode_basestring(s),
          _json.encode_basestring_ascii(s) == json.encoder.py_encode_basestring_ascii(s))

dec = json.decoder.JSONDecoder()
sc = _json.make_scanner(dec)
for doc, idx in [('{"a": [1, 2.5, -3e2, true, false, null]}', 0), ('  [1]', 2), ('[1, 2', 0), ('{"a" 1}', 0), ('{"a": 1,}', 0),
                 ('{1: 2}', 0), ('[', 0), ('', 0), ('-', 0), ('-x', 0), ('01', 0), ('1.', 0), ('1e', 0), ('1e+', 0), ('1.5E-3x', 0),
                 ('NaN', 0), ('-Infinity', 0), ('Infinity', 0), ('nul', 0), ('[1,]', 0), ('{"a":1 "b":2}', 0), ('[1] x', 0),
                 ('"\\u00e9"', 0), ('123456789012345678901234567890', 0), ('{}', 0), ('[]', 0), ('[ ]', 0), ('{ }', 0)]:
    try:
        print(repr(doc), idx, sc(doc, idx))
    except StopIteration as e:
        print(repr(doc), idx, 'StopIteration', e.value)
    except Exception as e:
        print(repr(doc), idx, type(e).__name__, e)
print(sc.strict, sc.object_hook, sc.object_pairs_hook, sc.parse_float, sc.parse_int)

hooks = json.decoder.JSONDecoder(object_pairs_hook=OrderedDict, parse_float=Decimal, parse_int=lambda s: int(s) * 10,
                                 parse_constant=lambda c: 'const:' + c)
print(hooks.decode('{"b": 1.10, "a": [2, NaN, -Infinity], "c": {"d": 3}}'))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[{"k": 1}, {"k": 2}]')[0].keys() == json.loads('[{"k": 1}, {"k": 2}]')[1].keys())

for bad in ['[1, 2', '{"a": }', '{"a": 1', '"abc', '[1.5e]', '{"a" : 1, }', 'tru', '[\n  1,\n  x\n]', '{"\\ud800": 1}']:
    try:
        print(json.loads(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), e.msg, e.pos, e.lineno, e.colno, str(e))

enc = _json.make_encoder(None, lambda o: 'default:' + type(o).__name__, _json.encode_basestring_ascii, None, ': ', ', ', False, False, True)
print(enc([1, 2.5, 'x', None, True, False, (3, 4), {'k': 'v', 1: 2, 2.5: 3, None: 4, False: 5}, {1, 2}.__class__], 0))
print(enc(float('inf'), 0), enc(float('-inf'), 0), enc(float('nan'), 0), enc(10 ** 20, 0), enc(-0.0, 0), enc(1e300, 0))
print(enc.markers, enc.indent, enc.key_separator, enc.item_separator, enc.sort_keys, enc.skipkeys, enc.encoder is _json.encode_basestring_ascii)
strict = _json.make_encoder({}, str, _json.encode_basestring, None, ':', ',', True, True, False)
print(strict({'b': 1, 'a': [2, {'z': 'é'}], (1, 2): 'skipped'}, 0))
for bad in [float('nan'), {'k': float('inf')}]:
    try:
        strict(bad, 0)
    except ValueError as e:
        print('ValueError', e)
cyclic = []
cyclic.append(cyclic)
for obj in [cyclic, {'a': {}}, object()]:
    try:
        print(_json.make_encoder({}, lambda o: [o] if not isinstance(o, object.__class__) else 1, _json.encode_basestring, None, ':', ',', False, False, True)(obj, 0))
    except Exception as e:
        print(type(e).__name__, e)
try:
    _json.make_encoder(None, str, str, None, ':', ',', False, False, True)({(1,): 2}, 0)
except TypeError as e:
    print('TypeError', e)
print(_json.make_encoder(None, str, lambda s: '<' + s + '>', None, ':', ',', False, False, True)({'a': ['b']}, 0))
try:
    _json.make_encoder(None, str, lambda s: 1, None, ':', ',', False, False, True)(['a'], 0)
except TypeError as e:
    print('TypeError', e)

print(json.dumps({'a': [1, 2, {'b': None}], 'é': 'ü'}), json.dumps({'a': 1}, sort_keys=True, separators=(',', ':')))
print(json.dumps({'a': 1}, indent=2), json.dumps('😀', ensure_ascii=False), json.dumps({3: 1, 'x': 2.0, True: 0}))
print(json.dumps([Decimal('1.5')], default=str), json.loads(json.dumps({'k': [1.0, 1e-7, 12345678.9]})))

calls = [lambda: _json.scanstring('abc'), lambda: _json.scanstring('abc"', 'x'), lambda: _json.scanstring(b'abc"', 0),
         lambda: _json.scanstring('a"', 0, 1, 2), lambda: _json.scanstring('a"', 0, 2.0), lambda: _json.scanstring('a"', end=0),
         lambda: sc('x'), lambda: sc('x', 0, 1), lambda: sc(b'x', 0), lambda: sc('1', -1), lambda: sc(string='[1]', idx=0),
         lambda: _json.make_scanner(), lambda: _json.make_scanner(1), lambda: _json.make_scanner(dec, 2), lambda: _json.make_encoder(),
         lambda: _json.make_encoder(1, str, str, None, ':', ',', False, False, True),
         lambda: _json.make_encoder(None, str, str, None, 1, ',', False, False, True), lambda: enc(1),
         lambda: enc(1, 0, 2), lambda: _json.encode_basestring(1), lambda: _json.encode_basestring_ascii(b'x')]
for f in calls:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(_json.__doc__, _json.make_scanner.__name__, _json.make_encoder.__qualname__, type(sc).__module__, type(enc).__name__)
print(_json.make_scanner.__doc__, _json.make_encoder.__doc__, _json.scanstring.__doc__.splitlines()[0])
print(sorted(n for n in dir(_json) if not n.startswith('__')))
