# ast node classes: constructors, fields, attributes, helpers (walk, visitors, locations), copy and pickle.
import ast
import copy
import pickle

print(ast.AST, ast.AST.__module__, ast.AST._fields, ast.AST._attributes, ast.AST.__match_args__)
print(ast.BinOp._fields, ast.BinOp.__match_args__, ast.expr._attributes, ast.BinOp.__doc__)
print(ast.Constant.kind, ast.FunctionDef.returns, ast.ImportFrom.level, ast.expr.end_lineno, ast.arg.type_comment)
print([c.__name__ for c in ast.operator.__subclasses__()])
print(issubclass(ast.Add, ast.operator), isinstance(ast.Add(), ast.AST), ast.Add.__mro__)
n = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))
print(ast.dump(n), n.left.value, n.op.__class__.__name__)
n2 = ast.Name(id='x', ctx=ast.Load(), lineno=3)
print(n2.id, n2.lineno, hasattr(n2, 'col_offset'), n2.end_lineno)
for args, kw in [((1, 2, 3, 4), {}), ((), {'foo': 1}), ((1,), {'id': 2})]:
    try:
        node = ast.Name(*args, **kw)
        print('made', sorted(vars(node).items()))
    except Exception as e:
        print(type(e).__name__, e)
try:
    ast.Add(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    ast.Name().id
except Exception as e:
    print(type(e).__name__, e)
print(ast.Constant(value=5).kind, ast.Constant(value=5, kind='u').kind)
a = ast.AST()
a.x = 1
print(a.__dict__, a.__reduce__())
print(ast.Name('x').__reduce__()[0] is ast.Name)
tree = ast.parse('def f(x):\n    """Doc."""\n    return x + 1\nclass C:\n    "C doc"\n    y = [f(i) for i in range(3)]\n')
print(ast.get_docstring(tree.body[0]), ast.get_docstring(tree.body[1]), ast.get_docstring(tree))
print(sorted(type(n).__name__ for n in ast.walk(tree)))
print([(k, type(v).__name__) for k, v in ast.iter_fields(tree.body[0])])
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[0])])


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
        self.generic_visit(node)


v = Names()
v.visit(tree)
print(v.seen)


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


t2 = Double().visit(copy.deepcopy(tree))
print(ast.unparse(t2))
ns = {}
exec(compile(ast.fix_missing_locations(t2), '<t2>', 'exec'), ns)
print(ns['f'](1), ns['C'].y)
inc = ast.increment_lineno(ast.parse('x = 1\ny = 2'), 10)
print([(s.lineno, s.end_lineno, s.targets[0].lineno) for s in inc.body])
src = 'x = (1 +\n     2)\ny = "é" + z'
t3 = ast.parse(src)
print(repr(ast.get_source_segment(src, t3.body[0].value)), repr(ast.get_source_segment(src, t3.body[1].value, padded=True)))
print(ast.dump(pickle.loads(pickle.dumps(t3)), include_attributes=True) == ast.dump(t3, include_attributes=True))
print(ast.dump(copy.copy(t3.body[0])) == ast.dump(t3.body[0]))
m = ast.fix_missing_locations(ast.Module([ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('hi')], []))], []))
print(ast.dump(m, include_attributes=True))
exec(compile(m, '<m>', 'exec'))
match ast.parse('a + 1').body[0].value:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(value)):
        print('matched', id, value)
print(ast.Num, ast.Str(s='x').value if hasattr(ast, 'Str') else None)
