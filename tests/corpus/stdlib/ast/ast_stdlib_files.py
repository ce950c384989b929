# Stdlib sources through ast: node counts, positions of the last node, and code compiled from the tree.
import ast
import collections
import os

names = ['ast.py', 'functools.py', 'dataclasses.py', 'enum.py', 'typing.py', 'json/decoder.py', 'email/utils.py', 'asyncio/tasks.py']
base = os.path.dirname(os.__file__)
for name in names:
    with open(os.path.join(base, name), 'rb') as f:
        source = f.read()
    tree = ast.parse(source, name)
    counts = collections.Counter(type(n).__name__ for n in ast.walk(tree))
    last = tree.body[-1]
    from_tree = compile(tree, name, 'exec')
    from_source = compile(source, name, 'exec')
    print(name, sum(counts.values()), counts.most_common(5), (last.lineno, last.col_offset, last.end_lineno, last.end_col_offset))
    print('  same code:', from_tree.co_code == from_source.co_code, from_tree.co_names == from_source.co_names,
          len(from_tree.co_consts) == len(from_source.co_consts), list(from_tree.co_lines()) == list(from_source.co_lines()))
    print('  unparse stable:', ast.dump(ast.parse(ast.unparse(tree))) == ast.dump(ast.parse(ast.unparse(ast.parse(ast.unparse(tree))))))
