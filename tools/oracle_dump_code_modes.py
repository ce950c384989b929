#!/usr/bin/python3.11
"""oracle_dump_code.py for the other compile() modes and optimisation levels.

Usage: oracle_dump_code_modes.py MODE OPTIMIZE PATH...   (MODE: exec, single or eval; OPTIMIZE: 0, 1 or 2)
Prints the same `==> PATH` sections as oracle_dump_code.py, compiling each file with
compile(source, path, MODE, dont_inherit=True, optimize=OPTIMIZE).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle_dump_code  # noqa: E402  (the dump format lives there)


def describe(path, mode, optimize):
    try:
        with open(path, 'rb') as f:
            source = f.read()
        code = compile(source, path, mode, dont_inherit=True, optimize=optimize)
        out = []
        oracle_dump_code.dump(code, out)
        return '\n'.join(out)
    except SyntaxError as e:
        return f'{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})'
    except Exception as e:
        return f'{type(e).__name__}: {e}'


def main():
    sys.setrecursionlimit(10000)
    mode, optimize = sys.argv[1], int(sys.argv[2])
    for path in oracle_dump_code.paths(sys.argv[3:]):
        text = describe(path, mode, optimize)
        sys.stdout.write(f'==> {path}\n')
        sys.stdout.write(text.encode('utf-8', 'backslashreplace').decode('utf-8'))
        sys.stdout.write('\n')


if __name__ == '__main__':
    import warnings
    warnings.simplefilter('ignore')
    main()
