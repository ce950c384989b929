# ast.unparse round trips and ast.literal_eval with its errors.
import ast
import re

snippets = [
    'x = 1', 'a, *b = c', 'def f(a, /, b=2, *, c, **kw) -> int:\n    return a', 'lambda: (yield)',
    'class C(B, metaclass=M):\n    pass', 'f"{x!r:>{w}}"', 'x[1:2, ::3]', 'a if b else c', 'not (a and b)',
    '-(2 ** -1)', '{**a, "b": 1}', '[*a, *b]', 'print(*args, sep="")', 'async def f():\n    await x',
    'with a as b, c as d:\n    pass', 'try:\n    pass\nexcept E as e:\n    pass\nfinally:\n    pass',
    'match x:\n    case [1, *r] | {"k": _}:\n        pass', '@d\ndef g():\n    pass', 'del a[0], b.c',
    'global x', 'assert x, y', 'raise E from None', 'from . import a as b', 'x: int = 5', '(x := 1)',
    "'single' \"double\" '''triple'''", 'b"\\x00bytes"', '1e100 + 1j', '(1,)', '()', 'a.b.c()',
    '{1, 2}', '{x: y for x, y in z if x}', '(i async for i in a)', 'x < y <= z', 'a @ b', '~x',
]
for s in snippets:
    u = ast.unparse(ast.parse(s))
    print(repr(u), ast.dump(ast.parse(u)) == ast.dump(ast.parse(s)))

for s in ['1', '-1.5', '1+2j', '"s"', "b'b'", '[1, (2, 3), {4: {5}}]', 'set()', 'None', 'True', '...',
          '{"a": [1, -2]}', '(1,)', '  7', '0x10', "u'x'", '-(1)', '+1', '1-2j', "frozenset()", '1+2', 'x',
          'f(1)', '[1, 2,', '{1: }', '"a" "b"', '-"a"', '1 if 1 else 2', '(1, 2)[0]', '{[1]: 2}', '2**3']:
    try:
        print(repr(s), repr(ast.literal_eval(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, re.sub(r' at 0x[0-9a-f]+', '', str(e)))
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.Constant(5)))
try:
    ast.literal_eval(ast.List([ast.Name('x', ast.Load())], ast.Load()))
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])
