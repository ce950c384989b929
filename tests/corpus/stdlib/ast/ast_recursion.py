# Deep trees: parsing, converting and compiling nested expressions, and where each side stops.
import ast
import sys

for depth in (10, 100, 190):
    src = '(' * depth + '1' + ')' * depth
    tree = ast.parse(src, mode='eval')
    print(depth, type(tree.body).__name__, eval(compile(tree, '<d>', 'eval')))
for depth in (10, 100):
    src = '-' * depth + '1'
    tree = ast.parse(src, mode='eval')
    print(depth, eval(compile(tree, '<neg>', 'eval')))
try:
    ast.parse('(' * 300 + ')' * 300)
except Exception as e:
    print(type(e).__name__, e)
node = ast.Constant(1, lineno=1, col_offset=0)
for _ in range(100000):
    node = ast.UnaryOp(ast.USub(), node, lineno=1, col_offset=0)
try:
    compile(ast.fix_missing_locations(ast.Expression(node)) if False else ast.Expression(node), '<deep>', 'eval')
except Exception as e:
    print(type(e).__name__, e)
lst = []
lst.append(lst)
try:
    compile(ast.Expression(ast.Constant(lst, lineno=1, col_offset=0)), '<c>', 'eval')
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
