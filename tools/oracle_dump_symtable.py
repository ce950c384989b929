#!/usr/bin/python3.11
"""The oracle side of `kaa --dump-symtable`: CPython 3.11's symbol tables in a canonical text form.

For each path: `==> PATH`, then either the SyntaxError (as in oracle_dump_ast.py) or one line per
block, depth-first in child order:
    INDENT NAME type=T lineno=L nested=0|1 varnames=[...] symbols={name: raw_flags, ...}
where raw_flags is the int CPython stores (DEF_* flags | scope << 11), symbols in table order.
"""
import _symtable
import sys


def paths(args):
    for arg in args:
        if arg.startswith('@'):
            with open(arg[1:], encoding='utf-8') as f:
                yield from (line.rstrip('\n') for line in f if line.strip())
        else:
            yield arg


def dump(entry, depth, out):
    symbols = ', '.join(f'{name}: {flags}' for name, flags in entry.symbols.items())
    out.append(f'{"  " * depth}{entry.name} type={entry.type} lineno={entry.lineno} nested={entry.nested} '
               f'varnames={entry.varnames!r} symbols={{{symbols}}}')
    for child in entry.children:
        dump(child, depth + 1, out)


def describe(path):
    try:
        with open(path, 'rb') as f:
            source = f.read()
        top = _symtable.symtable(source, path, 'exec')
        out = []
        dump(top, 0, out)
        return '\n'.join(out)
    except SyntaxError as e:
        return f'{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})'
    except Exception as e:
        return f'{type(e).__name__}: {e}'


def main():
    for path in paths(sys.argv[1:]):
        text = describe(path)
        sys.stdout.write(f'==> {path}\n{text}\n')


if __name__ == '__main__':
    import warnings
    warnings.simplefilter('ignore')
    main()
