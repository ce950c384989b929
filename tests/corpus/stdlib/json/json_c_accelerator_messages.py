# json: the messages and positions that come from the C accelerator (_json) in CPython: the encoder's
# out-of-range float error and the scanner's string errors.
import json
try: json.dumps([1.0, float('nan')], allow_nan=False)
except ValueError as e: print(type(e).__name__, e)
try: json.dumps({'k': float('inf')}, allow_nan=False, indent=1)
except ValueError as e: print(type(e).__name__, e)
for b in ['"\\x"', '"a\tb"', '["ok", "\\q"]', '{"a\nb": 1}']:
    try: print(json.loads(b))
    except json.JSONDecodeError as e: print(repr(b), '->', e.msg, e.pos, e.lineno, e.colno, '|', e)
print(json.decoder.scanstring('"abc\\n" tail', 1), json.encoder.encode_basestring_ascii('é\U0001f600'), json.encoder.encode_basestring('é"'))
print(type(json.scanner.make_scanner).__name__, type(json.decoder.scanstring).__name__, json.encoder.c_make_encoder is None)
