# tokenize errors and the C tokenizer's raw tokens (_tokenize.TokenizerIter).
import _tokenize
import io
import tokenize

for src in ['x = (1,\n', 'x = """abc\n', 'if x:\n    a\n  b\n', "x = 'abc\n", '$', 'x = 1\n\x00\n', '  x = 1\n']:
    try:
        print(repr(src), [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(src).readline)])
    except Exception as e:
        print(repr(src), type(e).__name__, e)
for data in [b'# coding: bogus\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\xfe']:
    try:
        print(tokenize.detect_encoding(io.BytesIO(data).readline))
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(dir(_tokenize)), _tokenize.TokenizerIter.__module__, _tokenize.TokenizerIter.__name__)
cases = ['x = 1 + 2\nif x:\n    y = "é" # c\n', 'f"{a}" 1e5 0x1f ... -> **= \\\n x', '', 'def f():\n\tpass\n\n# hi\n',
         'x = (\n', '$ ?', 'a = """x\ny\n"""\nb = 1', 'x = "abc\n', 'if x:\n  a\n b\n', 'x = 1\r\ny = 2\r\n', "'''abc",
         '0b12', '1_000j 0o17 1.5e-3', 'a\\b', 'async def f(): await x', 'x := 5; y @= 2', '\n\n\n', 'é = 1\n', '€']
for src in cases:
    try:
        print(repr(src), list(_tokenize.TokenizerIter(src)))
    except Exception as e:
        print(repr(src), type(e).__name__, e, e.args)
for args, kw in [((), {}), ((b'x',), {}), ((1,), {}), (('a\0b',), {}), (('x',), {'other': 1}), ((), {'source': 'y'})]:
    try:
        print(list(_tokenize.TokenizerIter(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
it = _tokenize.TokenizerIter('a b')
print(iter(it) is it, next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
print(list(tokenize._generate_tokens_from_c_tokenizer('x = [1,\n 2]\n')))
