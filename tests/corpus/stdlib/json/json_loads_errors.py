# json: loads with hooks (object_hook, object_pairs_hook, parse_float, parse_int, parse_constant), strict; errors with positions.
import json, decimal, collections
s = '{"a": [1, 2.50, -3e2, true, false, null], "b": {"c": "\\u00e9\\ud83d\\ude00\\n"}, "a": 7}'
print(json.loads(s))
print(json.loads(s, object_pairs_hook=list))
print(json.loads(s, object_pairs_hook=collections.OrderedDict))
print(json.loads(s, object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.10, 2, 3.0]', parse_float=decimal.Decimal, parse_int=str))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('[NaN]', parse_constant=lambda c: 'C:' + c))
print(json.loads(b'{"x": 1}'), json.loads('\ufeff[1]'.encode('utf-8')[3:]), json.loads('  "s"  '), json.loads('123'), json.loads('1E400'))
print(json.loads('"a\tb"', strict=False))
bad = ['', '[', '{"a" 1}', '{"a": 1,}', '[1, 2', 'tru', '[1 2]', '"abc', '{1: 2}', '[1]x',
       '\n\n  {\n "a": }', '"\\ud800"', '-', '01', '[,]', '{"a":1 "b":2}', '"\\u12"', 'nul', '[1,]', '{"a"}']
for b in bad:
    try: print('ok', repr(json.loads(b)))
    except json.JSONDecodeError as e:
        print(repr(b), '->', e.msg, e.pos, e.lineno, e.colno, '|', e)
try: json.loads('\ufeff[1]')
except json.JSONDecodeError as e: print(e)
try: json.loads(1)
except TypeError as e: print(type(e).__name__, e)
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] rest'), d.raw_decode('{"a": 1}xyz'))
try: d.raw_decode(' [1]')
except json.JSONDecodeError as e: print(e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError('m', 'ab\ncd', 4).args)
import pickle
e = json.JSONDecodeError('Expecting value', '[1,\n 2, x]', 8)
e2 = pickle.loads(pickle.dumps(e)); print(e2, e2.lineno, e2.colno)
print(json.loads(json.dumps({'k': [1.5, 'x', None]})) == {'k': [1.5, 'x', None]})
print(json.loads('[' * 50 + ']' * 50))
