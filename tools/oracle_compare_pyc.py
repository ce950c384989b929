#!/usr/bin/python3.11
"""Check .pyc files that Kaa wrote against the ones CPython wrote, with CPython's marshal.

Usage: oracle_compare_pyc.py @PAIRS, where PAIRS lists `ORIGINAL<TAB>REWRITTEN` lines.
For each pair prints `==> ORIGINAL` and `ok`, or the first field where the code objects differ.
Code objects are compared field by field, recursively through co_consts (code objects' own ==
ignores co_filename and co_qualname; this does not).
"""
import marshal
import sys

FIELDS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags',
          'co_firstlineno', 'co_code', 'co_names', 'co_varnames', 'co_cellvars', 'co_freevars',
          'co_filename', 'co_name', 'co_qualname', 'co_linetable', 'co_exceptiontable', 'co_nlocals')


def difference(a, b, where):
    if type(a) is not type(b):
        return f'{where}: type {type(a).__name__} != {type(b).__name__}'
    if isinstance(a, type(difference.__code__)):
        for field in FIELDS:
            if getattr(a, field) != getattr(b, field):
                return f'{where}.{field}: {getattr(a, field)!r} != {getattr(b, field)!r}'
        return difference(a.co_consts, b.co_consts, f'{where}.co_consts')
    if isinstance(a, (tuple, frozenset)):
        if len(a) != len(b):
            return f'{where}: length {len(a)} != {len(b)}'
        if isinstance(a, frozenset):
            return None if a == b else f'{where}: {a!r} != {b!r}'
        for i, (x, y) in enumerate(zip(a, b)):
            d = difference(x, y, f'{where}[{i}]')
            if d:
                return d
        return None
    if isinstance(a, float) and a != a:
        return None if b != b else f'{where}: nan != {b!r}'
    if a != b or repr(a) != repr(b):
        return f'{where}: {a!r} != {b!r}'
    return None


def load(path):
    with open(path, 'rb') as f:
        data = f.read()
    return data[:4], marshal.loads(data[16:])


def main():
    with open(sys.argv[1][1:], encoding='utf-8') as f:
        pairs = [line.rstrip('\n').split('\t') for line in f if line.strip()]
    for original, rewritten in pairs:
        print(f'==> {original}')
        try:
            magic_a, a = load(original)
            magic_b, b = load(rewritten)
            d = 'magic number differs' if magic_a != magic_b else difference(a, b, 'code')
            print(d or 'ok')
        except Exception as e:
            print(f'{type(e).__name__}: {e}')


if __name__ == '__main__':
    main()
