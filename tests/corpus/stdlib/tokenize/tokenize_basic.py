# The pure-Python tokenize module: tokens of many constructs, exact_type, encodings, untokenize.
import io
import token
import tokenize

sources = [
    'x = 1 + 2\n',
    'def f(a, *b, **c):\n    return a  # comment\n\n\tpass\n',
    'if x:\n    if y:\n        z\n    w\nv\n',
    's = """multi\nline""" + \'q\' + f"{x!r}" + rb\'\\d\'\n',
    'x = (1,\n     2)\n',
    'a = 1_000 + 0x1F + 0o7 + 0b1 + 1.5e-3 + 2j + .5\n',
    '@dec\nasync def g():\n    await h() ; x @= y ** 2 // 3 -> z\n',
    'x = \\\n  5\n',
    '# only a comment\n',
    '',
    'é = "ü" + "😀"\n',
    'x = 1',
    'a != b <= c >= d == e << f >> g ~ h ^ i | j & k % l ... := m\n',
    '\n\n  \n',
]
for src in sources:
    print(repr(src))
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        print('  ', tok.type, token.tok_name[tok.type], token.tok_name[tok.exact_type], repr(tok.string), tok.start, tok.end, repr(tok.line))
for data in [b'x = 1\n', '# -*- coding: latin-1 -*-\nx = "\xe9"\n'.encode('latin-1'), b'\xef\xbb\xbfy = 2\n']:
    toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    print(toks[0].string, [t.string for t in toks[1:]])
    print(repr(tokenize.untokenize(toks)))
print(tokenize.detect_encoding(io.BytesIO(b'# coding: utf-8\n').readline))
print(repr(tokenize.untokenize([(tokenize.NAME, 'x'), (tokenize.OP, '='), (tokenize.NUMBER, '1')])))
src = 'def f(x):\n    return x*2\n'
print(repr(tokenize.untokenize(tokenize.generate_tokens(io.StringIO(src).readline))))
print(tokenize.ISTERMINAL(tokenize.NAME), tokenize.ISEOF(tokenize.ENDMARKER), tokenize.tok_name[tokenize.COMMENT], tokenize.NL)
