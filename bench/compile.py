#!/usr/bin/python3.11
"""Compile benchmark: Kaa against CPython 3.11's compile(), over the same files, in the same run.

Usage: bench/compile.py [--runs N] [PATH...]   (default: every .py under /usr/lib/python3.11)

Whole-process wall time, best of N runs: `kaa --compile-only @LIST` (parse, optimise, symbol
table, code generation, assembly; startup and JIT included) against a CPython process that reads
the same files and compile()s each (source to code object, the same work). Prints both times and
the ratio Kaa/CPython; the bar is a ratio of at most 0.5.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KAA = os.path.join(ROOT, 'kaa')
STDLIB = '/usr/lib/python3.11'


def stdlib_files():
    found = []
    for folder, _, names in os.walk(STDLIB):
        found.extend(os.path.join(folder, n) for n in names if n.endswith('.py'))
    return sorted(found)


def cpython_child(list_file):
    """The CPython side: read and compile every listed file (errors counted, not timed apart)."""
    warnings.simplefilter('ignore')
    sys.setrecursionlimit(10000)
    with open(list_file, encoding='utf-8') as f:
        paths = [line.rstrip('\n') for line in f if line.strip()]
    for p in paths:
        with open(p, 'rb') as f:
            source = f.read()
        try:
            compile(source, p, 'exec', dont_inherit=True)
        except Exception:
            pass


def best_wall(command, runs):
    best = float('inf')
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def main():
    if len(sys.argv) == 3 and sys.argv[1] == '--cpython-child':
        cpython_child(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('paths', nargs='*')
    args = parser.parse_args()
    paths = args.paths or stdlib_files()
    size = sum(os.path.getsize(p) for p in paths)
    with tempfile.NamedTemporaryFile('w', suffix='.lst', delete=False) as f:
        f.write('\n'.join(paths) + '\n')
        list_file = f.name
    try:
        subprocess.run([KAA, '--compile-only', paths[0]], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)  # build the launcher first, untimed
        cpython = best_wall([sys.executable, os.path.abspath(__file__), '--cpython-child', list_file], args.runs)
        kaa = best_wall([KAA, '--compile-only', '@' + list_file], args.runs)
    finally:
        os.unlink(list_file)
    mb = size / 1e6
    print(f'files: {len(paths)}, {mb:.1f} MB, best of {args.runs}')
    print(f'CPython compile(): {cpython:8.2f} s  ({mb / cpython:6.1f} MB/s)')
    print(f'Kaa --compile-only: {kaa:7.2f} s  ({mb / kaa:6.1f} MB/s)')
    ratio = kaa / cpython
    print(f'ratio Kaa/CPython: {ratio:.2f}  ({"meets" if ratio <= 0.5 else "misses"} the 0.5 bar)')


if __name__ == '__main__':
    main()
