#!/usr/bin/python3.11
"""Parse benchmark: Kaa against CPython 3.11's ast.parse, over the same files, in the same run.

Usage: bench/parse.py [--runs N] [PATH...]   (default: every .py under /usr/lib/python3.11)

Two measurements, each the best of N runs:
  parsing only   Kaa: `kaa --bench-parse N @LIST` (files read into memory first, then parsed N times
                 in one process); CPython: the same bytes, read first, then ast.parse in this process.
  whole process  wall time of `kaa --parse-only @LIST` against a CPython process that reads and
                 ast.parses the same list (startup, JIT and I/O included).
Prints both times, the ratio Kaa/CPython (below 1 means Kaa is faster) and throughput in MB/s.
"""
import argparse
import ast
import os
import re
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


def parse_all(sources):
    """ast.parse every (path, bytes); returns the number of files that raised."""
    errors = 0
    for path, source in sources:
        try:
            ast.parse(source, path)
        except Exception:  # SyntaxError, ValueError, MemoryError, RecursionError: counted, not timed apart
            errors += 1
    return errors


def cpython_child(list_file):
    """The CPython side of the whole-process measurement: read and parse every listed file."""
    with open(list_file, encoding='utf-8') as f:
        paths = [line.rstrip('\n') for line in f if line.strip()]
    sources = []
    for p in paths:
        with open(p, 'rb') as f:
            sources.append((p, f.read()))
    parse_all(sources)


def best_wall(command, runs):
    best = float('inf')
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--runs', type=int, default=5)
    parser.add_argument('--cpython-child', metavar='LIST', help=argparse.SUPPRESS)
    parser.add_argument('paths', nargs='*')
    args = parser.parse_args()
    sys.setrecursionlimit(10000)
    warnings.simplefilter('ignore')
    if args.cpython_child:
        cpython_child(args.cpython_child)
        return

    paths = args.paths or stdlib_files()
    sources = []
    for p in paths:
        with open(p, 'rb') as f:
            sources.append((p, f.read()))
    total = sum(len(s) for _, s in sources)
    mb = total / 1e6

    with tempfile.NamedTemporaryFile('w', suffix='.lst', encoding='utf-8', delete=False) as f:
        f.write(''.join(p + '\n' for p in paths))
        list_file = f.name
    try:
        subprocess.run([KAA, '--help'], stdout=subprocess.DEVNULL, check=True)  # builds if needed, untimed

        # Parsing only.
        out = subprocess.run([KAA, '--bench-parse', str(args.runs), '@' + list_file],
                             capture_output=True, text=True, check=True).stdout
        kaa_passes = [float(m) / 1000 for m in re.findall(r'([\d.]+) ms$', out, re.M)]
        if len(kaa_passes) != args.runs:
            sys.exit(f'unexpected output from kaa --bench-parse:\n{out}')
        kaa_errors = re.findall(r'(\d+) errors', out)[0]
        cpython_passes = []
        for _ in range(args.runs):
            start = time.perf_counter()
            cpython_errors = parse_all(sources)
            cpython_passes.append(time.perf_counter() - start)
        kaa_parse, cpython_parse = min(kaa_passes), min(cpython_passes)

        # Whole process.
        kaa_wall = best_wall([KAA, '--parse-only', '@' + list_file], args.runs)
        cpython_wall = best_wall([sys.executable, os.path.abspath(__file__), '--cpython-child', list_file], args.runs)
    finally:
        os.unlink(list_file)

    print(f'{len(paths)} files, {mb:.1f} MB; best of {args.runs} runs '
          f'(files with errors: Kaa {kaa_errors}, CPython {cpython_errors})')
    print(f'parsing only   Kaa {kaa_parse:8.3f} s  {mb / kaa_parse:7.1f} MB/s   '
          f'CPython {cpython_parse:8.3f} s  {mb / cpython_parse:7.1f} MB/s   '
          f'Kaa/CPython {kaa_parse / cpython_parse:.2f}')
    print(f'whole process  Kaa {kaa_wall:8.3f} s  {mb / kaa_wall:7.1f} MB/s   '
          f'CPython {cpython_wall:8.3f} s  {mb / cpython_wall:7.1f} MB/s   '
          f'Kaa/CPython {kaa_wall / cpython_wall:.2f}')


if __name__ == '__main__':
    main()
