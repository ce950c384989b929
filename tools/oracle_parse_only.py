#!/usr/bin/python3.11
"""The oracle side of `kaa --parse-only`: CPython 3.11 parses each path and prints only failures.

Usage: python3.11 tools/oracle_parse_only.py PATH... (an argument @FILE names a file listing paths,
one per line). Prints nothing for a file ast.parse accepts; for one it rejects, `==> PATH` and the
error line in tools/oracle_dump_ast.py's format. Exit status 1 if any file failed.

The cyclic GC is off: ast.parse of a very large file creates millions of objects, and collecting
them repeatedly costs more than the parse itself (the tests parse a 50 MB file with this script).
"""
import ast
import gc
import sys

from oracle_dump_ast import describe_exception, paths


def parse_file(path):
    # Called as oracle_dump_ast.describe calls ast.parse (module -> main -> here -> ast.parse), so
    # that both scripts convert the tree at about the same depth: the RecursionError for trees too
    # deep to convert ("during ast construction") starts near 30,000 levels in both. (The exact
    # threshold moves by one with CPython's call specialisation; the tests stay far from it.)
    with open(path, 'rb') as f:
        source = f.read()
    ast.parse(source, path)


def main():
    gc.disable()
    sys.setrecursionlimit(10000)  # the same limit as oracle_dump_ast.py: RecursionError depends on it
    failures = 0
    out = sys.stdout
    for path in paths(sys.argv[1:]):
        try:
            parse_file(path)
            continue
        except Exception as e:  # SyntaxError and the others the parser raises (see oracle_dump_ast.py)
            line = describe_exception(e)
        failures += 1
        out.write(f'==> {path}\n')
        out.write(line.encode('utf-8', 'backslashreplace').decode('utf-8'))
        out.write('\n')
    return 1 if failures else 0


if __name__ == '__main__':
    import warnings
    warnings.simplefilter('ignore')
    sys.exit(main())
