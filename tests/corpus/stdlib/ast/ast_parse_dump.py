# ast.parse in every mode, ast.dump with and without attributes and indentation, syntax errors.
import ast

sources = [
    'x = 1',
    'a, *b = c[1:2, ::3] = d.e',
    'def f(a, /, b=2, *args, c, d=4, **kw) -> "r":\n    """doc"""\n    return a\n',
    'async def g():\n    async with a as b, c:\n        await d\n    async for e in f: pass\n',
    'class C(B, metaclass=M):\n    x: int = 3\n    y: "str"\n',
    'try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del x\n',
    'try:\n    pass\nexcept* E:\n    pass\n',
    'with open(f) as (a, b):\n    pass\n',
    'match p:\n    case [1, *rest]: pass\n    case {"k": v, **kw}: pass\n    case Point(x=0, y=_) | None: pass\n    case str() as s if s: pass\n',
    'f"{x!r:>{width}} and {y=}"; b"\\x00"; "a" "b"; u"u"',
    'lambda x, *y, **z: (x, y, z)',
    '[i for i in range(3) if i for j in i]; {k: v for k, v in d}; {s async for s in t}; (g for g in h)',
    'x = yield; y = yield from z; z = await w',
    'global a, b; nonlocal c',
    'import a.b as c, d; from ..e import (f as g, h); from . import *',
    'assert x, "m"; x += 1; x @= 2; x //= 3; x **= 4',
    'a if b else c; not a; -a; +a; ~a; a and b or c; a < b <= c != d is not e in f not in g',
    'x[1:2:3, ...]; x[()]; x[a:=1]',
    '0xFF + 1_000 + 1.5e-3 + 3j + True + None + ...',
    '"é" + "😀" + "\\u00e9"; é = 1',
    '@dec\n@dec2(1)\ndef f(): pass\n',
    'while x:\n    break\nelse:\n    continue\n',
    'if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n',
    'print(*a, **b, c=1)',
]
for src in sources:
    tree = ast.parse(src)
    print(ast.dump(tree, include_attributes=True))
print(ast.dump(ast.parse(sources[2]), indent=2))
print(ast.dump(ast.parse(sources[0]), annotate_fields=False))
print(ast.dump(ast.parse('1 + 2', mode='eval'), include_attributes=True))
print(ast.dump(ast.parse('x = 1; y', mode='single'), include_attributes=True))
print(ast.dump(ast.parse('(int, str) -> List[int]', mode='func_type'), include_attributes=True))
print(ast.dump(ast.parse('()->None', mode='func_type')))
print(ast.dump(ast.parse(b'x = "\\xc3\\xa9"\n')))
print(ast.dump(ast.parse('# -*- coding: latin-1 -*-\nx = 1\n'.encode('latin-1'))))
print(ast.dump(ast.parse('x = 1', feature_version=(3, 8))))
print(ast.dump(compile('x', '<s>', 'eval', ast.PyCF_ONLY_AST)))
for bad, mode in [('x = (', 'exec'), ('def f(:', 'exec'), ('x = 1', 'eval'), ('a b', 'exec'), ('if x:\npass', 'exec'),
                  ('x', 'func_type'), ('return', 'exec'), ('f(**a, *b)', 'exec'), ('x = 1\n  y = 2', 'exec'),
                  ('x = "abc', 'exec'), ('nonlocal x', 'exec')]:
    try:
        print(ast.dump(ast.parse(bad, '<bad>', mode)))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.filename)
for args in [('x', '<s>', 'bad', ast.PyCF_ONLY_AST), ('x', '<s>', 'func_type'), (3, '<s>', 'exec', ast.PyCF_ONLY_AST)]:
    try:
        compile(*args)
    except Exception as e:
        print(type(e).__name__, e)
# shared operator and context instances, fresh ones from constructors
t = ast.parse('a + b; c + d; e = f')
print(t.body[0].value.op is t.body[1].value.op, t.body[0].value.left.ctx is t.body[1].value.left.ctx)
print(t.body[2].targets[0].ctx is ast.Store(), type(t.body[2].targets[0].ctx).__name__)
print(sorted(vars(t.body[0]).keys()), list(vars(t.body[0].value)))
print(ast.parse('x').body[0].value.ctx is ast.parse('y').body[0].value.ctx)
# a str source is text: its coding declaration is not applied (bytes are decoded by it)
print(ast.dump(ast.parse('# -*- coding: latin-1 -*-\nx = "é"\n')))
print(ast.dump(ast.parse('# -*- coding: latin-1 -*-\nx = "é"\n'.encode('latin-1'))))
