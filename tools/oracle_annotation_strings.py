#!/usr/bin/python3.11
"""The oracle for Kaa's ExprUnparser: the strings CPython 3.11 stores for annotations under
`from __future__ import annotations` (its C unparser, Python/ast_unparse.c, not ast.unparse).

For each path prints `==> PATH`, then one line per annotation of the file, depth-first in field
order (an AnnAssign's annotation, an argument's annotation, a function's return annotation):
    LINENO:COL_OFFSET REPR
where REPR is repr() of the stored string, or `<error>` when CPython refuses to compile that
annotation on its own. A file that does not parse prints nothing after its `==>` line.
"""
import ast
import sys


def paths(args):
    for arg in args:
        if arg.startswith('@'):
            with open(arg[1:], encoding='utf-8') as f:
                yield from (line.rstrip('\n') for line in f if line.strip())
        else:
            yield arg


def annotation_string(annotation):
    """Compiles `x: <annotation>` under the future import and reads back the stored string."""
    module = ast.Module(body=[
        ast.ImportFrom(module='__future__', names=[ast.alias(name='annotations')], level=0),
        ast.AnnAssign(target=ast.Name(id='x', ctx=ast.Store()), annotation=annotation, value=None, simple=1),
    ], type_ignores=[])
    ast.fix_missing_locations(module)
    try:
        code = compile(module, '<annotation>', 'exec')
        namespace = {}
        exec(code, namespace)  # only stores a string constant into __annotations__
        return repr(namespace['__annotations__']['x'])
    except Exception:
        return '<error>'


def walk(node, out):
    annotations = []
    if isinstance(node, ast.AnnAssign):
        annotations.append(node.annotation)
    elif isinstance(node, ast.arg) and node.annotation is not None:
        annotations.append(node.annotation)
    elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns is not None:
        annotations.append(node.returns)
    for a in annotations:
        out.append(f'{a.lineno}:{a.col_offset} {annotation_string(a)}')
    for child in ast.iter_child_nodes(node):
        walk(child, out)


def main():
    sys.setrecursionlimit(100000)
    for path in paths(sys.argv[1:]):
        print(f'==> {path}')
        try:
            with open(path, 'rb') as f:
                tree = ast.parse(f.read(), path)
        except (SyntaxError, ValueError):
            continue
        out = []
        walk(tree, out)
        for line in out:
            print(line)


if __name__ == '__main__':
    main()
