# compile() of hand-built and damaged ast trees: CPython's obj2ast and validator messages.
import ast
import re

L = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)


def mod(*stmts):
    return ast.Module(body=list(stmts), type_ignores=[])


def expr_stmt(e):
    return ast.Expr(e, **L)


def name(n, ctx=None):
    return ast.Name(n, ctx or ast.Load(), **L)


def const(v):
    return ast.Constant(v, **L)


def attempt(label, tree, mode='exec'):
    try:
        code = compile(tree, '<tree>', mode)
        print(label, 'ok', type(code).__name__)
    except Exception as e:
        print(label, type(e).__name__, re.sub(r' at 0x[0-9a-f]+', ' at ADDR', str(e)))


# obj2ast: required fields, lists, types
attempt('no lineno', mod(ast.Pass()))
attempt('body tuple', ast.Module(body=(), type_ignores=[]))
attempt('body missing', ast.Module(type_ignores=[]))
attempt('not a stmt', mod(3))
attempt('not an expr', mod(expr_stmt(ast.Pass(**L))))
attempt('expr None', mod(ast.Expr(None, **L)))
attempt('expr missing', mod(ast.Expr(**L)))
attempt('name id None', mod(expr_stmt(ast.Name(None, ast.Load(), **L))))
attempt('name id int', mod(expr_stmt(ast.Name(5, ast.Load(), **L))))
attempt('ctx wrong', mod(expr_stmt(ast.Name('x', ast.Add(), **L))))
attempt('ctx missing', mod(expr_stmt(ast.Name('x', **L))))
attempt('op wrong', mod(expr_stmt(ast.BinOp(const(1), ast.Load(), const(2), **L))))
attempt('lineno str', mod(ast.Pass(lineno='1', col_offset=0)))
attempt('lineno big', mod(ast.Pass(lineno=2**40, col_offset=0)))
attempt('wrong mode', mod(ast.Pass(**L)), 'eval')
attempt('wrong mode 2', ast.Expression(const(1)), 'exec')
attempt('single', ast.Interactive([expr_stmt(const(1))]), 'single')
attempt('str instead', 'x = 1', 'exec')
attempt('int source', 5)
attempt('AST base', ast.AST())
attempt('args missing', mod(ast.FunctionDef(name='f', body=[ast.Pass(**L)], decorator_list=[], **L)))
attempt('arguments None', mod(ast.FunctionDef('f', None, [ast.Pass(**L)], [], **L)))
attempt('arg missing lineno', mod(ast.FunctionDef('f', ast.arguments([], [ast.arg('a')], None, [], [], None, []), [ast.Pass(**L)], [], **L)))

# validator
attempt('None name', mod(expr_stmt(name('None'))))
attempt('True name', mod(expr_stmt(name('True'))))
attempt('store ctx', ast.Expression(name('x', ast.Store())), 'eval')
attempt('assign load', mod(ast.Assign([name('x')], const(1), **L)))
attempt('assign const', mod(ast.Assign([const(1)], const(1), **L)))
attempt('del const', mod(ast.Delete([const(1)], **L)))
attempt('empty targets', mod(ast.Assign([], const(1), **L)))
attempt('empty delete', mod(ast.Delete([], **L)))
attempt('constant list', mod(expr_stmt(const([1]))))
attempt('constant tuple of list', mod(expr_stmt(const((1, [2])))))
attempt('constant frozenset', mod(expr_stmt(const(frozenset({1, 2})))))
attempt('constant tuple', mod(expr_stmt(const((1, 'a', None, ..., 2.5, 3j, b'x', True)))))
attempt('constant int subclass', mod(expr_stmt(const(type('I', (int,), {})(3)))))
attempt('boolop 1', mod(expr_stmt(ast.BoolOp(ast.And(), [const(1)], **L))))
attempt('compare none', mod(expr_stmt(ast.Compare(const(1), [], [], **L))))
attempt('compare uneven', mod(expr_stmt(ast.Compare(const(1), [ast.Lt()], [const(2), const(3)], **L))))
attempt('dict uneven', mod(expr_stmt(ast.Dict([const(1)], [], **L))))
attempt('dict unpack', mod(expr_stmt(ast.Dict([None], [name('d')], **L))))
attempt('list None', mod(expr_stmt(ast.List([None], ast.Load(), **L))))
attempt('stmt None', mod(None))
attempt('empty if', mod(ast.If(const(1), [], [], **L)))
attempt('empty for', mod(ast.For(name('x', ast.Store()), name('y'), [], [], **L)))
attempt('empty def', mod(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], **L)))
attempt('empty class', mod(ast.ClassDef('C', [], [], [], [], **L)))
attempt('empty while', mod(ast.While(const(1), [], [], **L)))
attempt('empty with', mod(ast.With([], [ast.Pass(**L)], **L)))
attempt('try bare', mod(ast.Try([ast.Pass(**L)], [], [], [], **L)))
attempt('try orelse', mod(ast.Try([ast.Pass(**L)], [], [ast.Pass(**L)], [ast.Pass(**L)], **L)))
attempt('trystar bare', mod(ast.TryStar([ast.Pass(**L)], [], [], [], **L)))
attempt('raise cause', mod(ast.Raise(None, name('e'), **L)))
attempt('import empty', mod(ast.Import([], **L)))
attempt('importfrom neg', mod(ast.ImportFrom('m', [ast.alias('x', **L)], -1, **L)))
attempt('global empty', mod(ast.Global([], **L)))
attempt('nonlocal empty', mod(ast.Nonlocal([], **L)))
attempt('annassign simple', mod(ast.AnnAssign(ast.Attribute(name('a'), 'b', ast.Store(), **L), name('int'), None, 1, **L)))
attempt('defaults', mod(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, [const(1)]), [ast.Pass(**L)], [], **L)))
attempt('kw_defaults', mod(ast.FunctionDef('f', ast.arguments([], [], None, [ast.arg('a', **L)], [], None, []), [ast.Pass(**L)], [], **L)))
attempt('no generators', mod(expr_stmt(ast.ListComp(name('x'), [], **L))))
attempt('line range', mod(ast.Pass(lineno=3, col_offset=0, end_lineno=2, end_col_offset=0)))
attempt('col range', mod(ast.Pass(lineno=1, col_offset=5, end_lineno=1, end_col_offset=2)))
attempt('neg col', mod(ast.Pass(lineno=1, col_offset=-1, end_lineno=1, end_col_offset=2)))
attempt('starred load', mod(expr_stmt(ast.Starred(name('x'), ast.Load(), **L))))
attempt('yield outside', mod(expr_stmt(ast.Yield(None, **L))))
attempt('return outside', mod(ast.Return(None, **L)))
attempt('break outside', mod(ast.Break(**L)))
attempt('await outside', mod(expr_stmt(ast.Await(name('x'), **L))))

# patterns
def match(pattern):
    return mod(ast.Match(name('x'), [ast.match_case(pattern, None, [ast.Pass(**L)])], **L))

attempt('match empty', mod(ast.Match(name('x'), [], **L)))
attempt('match value const', match(ast.MatchValue(const(1), **L)))
attempt('match value None', match(ast.MatchValue(const(None), **L)))
attempt('match value name', match(ast.MatchValue(name('y'), **L)))
attempt('match singleton bad', match(ast.MatchSingleton(5, **L)))
attempt('match star top', match(ast.MatchStar('x', **L)))
attempt('match as _', match(ast.MatchAs(None, '_', **L)))
attempt('match as no name', match(ast.MatchAs(ast.MatchValue(const(1), **L), None, **L)))
attempt('match or 1', match(ast.MatchOr([ast.MatchValue(const(1), **L)], **L)))
attempt('match class call', match(ast.MatchClass(ast.Call(name('f'), [], [], **L), [], [], [], **L)))
attempt('match class kwd', match(ast.MatchClass(name('C'), [], ['a'], [], **L)))
attempt('match mapping uneven', match(ast.MatchMapping([const(1)], [], None, **L)))
attempt('pattern no end', match(ast.MatchAs(None, 'y', lineno=1, col_offset=0)))
attempt('match ok', match(ast.MatchSequence([ast.MatchStar('r', **L), ast.MatchAs(None, 'y', **L)], **L)))

# what compiles runs
tree = ast.parse('def f(a, *b, c=3, **d):\n    return a, b, c, d\nresult = f(1, 2, e=5)')
ns = {}
exec(compile(tree, '<tree>', 'exec'), ns)
print(ns['result'])
tree = ast.Expression(ast.BinOp(const(6), ast.Mult(), const(7), **L))
print(eval(compile(tree, '<tree>', 'eval')))
print(compile(tree, '<tree>', 'eval', ast.PyCF_ONLY_AST) is tree)
