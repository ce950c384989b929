#!/usr/bin/python3.11
"""The oracle side of `kaa --dump-ast`: the same output format, produced by CPython 3.11.

Usage: python3.11 tools/oracle_dump_ast.py PATH... (an argument @FILE names a file listing paths,
one per line). For each path prints `==> PATH`, then one line: `ast.dump(ast.parse(source, PATH),
include_attributes=True)`, or the error CPython raises as `ClassName: msg (lineno, offset,
end_lineno, end_offset)` for SyntaxError and its subclasses, `ClassName: message` otherwise.
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


def describe(path):
    try:
        with open(path, 'rb') as f:
            source = f.read()
        return ast.dump(ast.parse(source, path), include_attributes=True)
    except Exception as e:  # SyntaxError; ValueError (null bytes), MemoryError, RecursionError, ...
        return describe_exception(e)


def describe_exception(e):
    """The one-line form of an exception ast.parse raised (also used by oracle_parse_only.py)."""
    if isinstance(e, SyntaxError):
        return f'{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})'
    return f'{type(e).__name__}: {e}'


def main():
    sys.setrecursionlimit(10000)
    out = sys.stdout
    for path in paths(sys.argv[1:]):
        line = describe(path)
        out.write(f'==> {path}\n')
        out.write(line.encode('utf-8', 'backslashreplace').decode('utf-8'))
        out.write('\n')


if __name__ == '__main__':
    import warnings
    warnings.simplefilter('ignore')  # invalid escapes warn; the dump is what is compared
    main()
