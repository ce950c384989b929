# Programs compiled from their ast (compile(ast.parse(src))) behave as compiled from source; code objects agree.
import ast


def same_code(a, b):
    """Field by field, constants recursively (marshal output depends on reference counts in CPython)."""
    fields = ['co_code', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars', 'co_linetable',
              'co_exceptiontable', 'co_flags', 'co_firstlineno', 'co_qualname', 'co_stacksize', 'co_argcount']
    if any(getattr(a, f) != getattr(b, f) for f in fields) or len(a.co_consts) != len(b.co_consts):
        return False
    for x, y in zip(a.co_consts, b.co_consts):
        if hasattr(x, 'co_code'):
            if not (hasattr(y, 'co_code') and same_code(x, y)):
                return False
        elif type(x) is not type(y) or repr(x) != repr(y):
            return False
    return True

programs = [
    'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint([fib(i) for i in range(10)])\n',
    'class A:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return f"A({self.x!r})"\nprint(A("é"), A(3.5))\n',
    'def gen():\n    x = yield 1\n    yield from range(x or 3)\nprint(list(gen()))\n',
    'try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(type(e).__name__, e)\nfinally:\n    print("done")\n',
    'x = {k: v for k, v in zip("abc", range(3))}\nprint(x, {*x}, [*x.values()])\n',
    'def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1\n        return v\n    return inner\nf = outer()\nprint(f(), f())\n',
    'match {"a": [1, 2]}:\n    case {"a": [1, *rest]}:\n        print("rest", rest)\n',
    'import math\nprint(math.sqrt(16), __name__)\n',
    'with open(__file__ if False else "/dev/null") as f:\n    print(f.read() == "")\n',
    'print((lambda *a, **k: (a, k))(1, 2, z=3))\n',
    'async def co():\n    return 42\nc = co()\ntry:\n    c.send(None)\nexcept StopIteration as s:\n    print("co", s.value)\n',
    'x = 0\nwhile True:\n    x += 1\n    if x > 3:\n        break\nelse:\n    pass\nprint(x)\n',
    '"""module doc"""\nprint(__doc__)\n',
    'from __future__ import annotations\ndef f(a: int) -> str: pass\nprint(f.__annotations__)\n',
]
for src in programs:
    tree = ast.parse(src)
    from_ast = compile(tree, '<prog>', 'exec')
    from_src = compile(src, '<prog>', 'exec')
    print('same code:', same_code(from_ast, from_src))
    exec(from_ast, {'__name__': '__prog__'})
# eval and single modes
print(eval(compile(ast.parse('[x * 2 for x in range(4)]', mode='eval'), '<e>', 'eval')))
exec(compile(ast.parse('1 + 1', mode='single'), '<i>', 'single'))
# a transformed tree runs with its new meaning
tree = ast.parse('result = a + b * c')


class SwapOps(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        node.op = ast.Mult() if isinstance(node.op, ast.Add) else ast.Add()
        return node


ns = {'a': 2, 'b': 3, 'c': 4}
exec(compile(SwapOps().visit(tree), '<swap>', 'exec'), ns)
print(ns['result'])
# a tree built by hand, locations filled in
call = ast.Call(func=ast.Name('print', ast.Load()), args=[ast.Constant('built'), ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))], keywords=[ast.keyword('sep', ast.Constant(':'))])
exec(compile(ast.fix_missing_locations(ast.Module([ast.Expr(call)], [])), '<built>', 'exec'))
# the code object carries the tree's positions
co = compile(ast.parse('x = 1\n\ny = (2 +\n     3)'), '<pos>', 'exec')
print(list(co.co_lines()) == list(compile('x = 1\n\ny = (2 +\n     3)', '<pos>', 'exec').co_lines()))
print(co.co_consts, co.co_names)
# constants that only hand-built trees have
for value in [(1, 2), frozenset({3}), (1, (2, b'x')), 10 ** 30, -0.0, 1e300 * 10]:
    c = compile(ast.Expression(ast.Constant(value, lineno=1, col_offset=0)), '<c>', 'eval')
    print(repr(eval(c)), c.co_consts)
