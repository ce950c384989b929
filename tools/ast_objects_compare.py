"""Compares `ast` objects and AST round trips between Kaa and the oracle, file by file.

Run with either implementation: `python3.11 tools/ast_objects_compare.py PATH...` (@FILE lists paths).
For each path prints one line: the path, the MD5 of `ast.dump(ast.parse(source, path),
include_attributes=True)` (or the error ast.parse raised), and `rt=True` when
`compile(ast.parse(source), path, 'exec')` marshals to the same bytes as `compile(source, path, 'exec')`
in the running implementation. tools/ast_objects_compare.sh runs it on both and counts the agreements.
With -v it prints the dump itself instead of its digest (to look at one file's difference).
"""
import ast
import hashlib
import marshal
import sys
import warnings


def paths(args):
    for arg in args:
        if arg.startswith('@'):
            with open(arg[1:], encoding='utf-8') as f:
                yield from (line.strip() for line in f if line.strip())
        else:
            yield arg


def main(args):
    verbose = args[:1] == ['-v']
    if verbose:
        args = args[1:]
    for path in paths(args):
        with open(path, 'rb') as f:
            source = f.read()
        try:
            tree = ast.parse(source, path)
        except Exception as e:
            print(path, 'error', type(e).__name__)
            continue
        dump = ast.dump(tree, include_attributes=True)
        if verbose:
            print(dump)
            continue
        digest = hashlib.md5(dump.encode('utf-8', 'surrogatepass')).hexdigest()
        try:
            same = marshal.dumps(compile(tree, path, 'exec')) == marshal.dumps(compile(source, path, 'exec'))
        except Exception as e:
            same = f'{type(e).__name__}: {e}'.replace(' ', '_')
        print(path, digest, f'rt={same}')


if __name__ == '__main__':
    warnings.simplefilter('ignore')
    sys.setrecursionlimit(10000)
    main(sys.argv[1:])
