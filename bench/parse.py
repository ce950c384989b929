#!/usr/bin/python3.11
"""Parse benchmark: Kaa against CPython 3.11's ast.parse, over the same files, in the same run.

Usage: bench/parse.py [--runs N] [PATH...]   (default: every .py under /usr/lib/python3.11)

Two measurements, each the best of N runs:
  parsing only   Kaa: `kaa --bench-parse N @LIST` (files read into memory first, then parsed N times
                 in one process); CPython: the same bytes, read first, then ast.parse in this process.
  whole process  wall time of `kaa --parse-only @LIST` against a CPython process that reads and
                 ast.parses the same list (startup, JIT and I/O included).
Prints both times, the ratio Kaa/CPython (below 1 means Kaa is faster) and throughput in MB/s,
for wall time and for CPU time (user + system; the steadier of the two on a busy machine).
"""
import argparse
import ast
import os
import re
import resource
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


def best_process(command, runs):
    """Best wall time and best CPU time (user + system) of running command to completion."""
    best_wall = best_cpu = float('inf')
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return best_wall, best_cpu


def report(label, mb, kaa, cpython):
    print(f'{label:<22} Kaa {kaa:8.3f} s {mb / kaa:7.1f} MB/s   '
          f'CPython {cpython:8.3f} s {mb / cpython:7.1f} MB/s   Kaa/CPython {kaa / cpython:.2f}')


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
        kaa_cpu_passes = [float(m) / 1000 for m in re.findall(r'cpu ([\d.]+) ms', out)]
        if len(kaa_passes) != args.runs:
            sys.exit(f'unexpected output from kaa --bench-parse:\n{out}')
        kaa_errors = re.findall(r'(\d+) errors', out)[0]
        cpython_passes, cpython_cpu_passes = [], []
        for _ in range(args.runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            cpython_errors = parse_all(sources)
            cpython_passes.append(time.perf_counter() - start)
            cpython_cpu_passes.append(time.process_time() - start_cpu)

        # Whole process.
        kaa_wall, kaa_cpu = best_process([KAA, '--parse-only', '@' + list_file], args.runs)
        cpython_wall, cpython_cpu = best_process(
            [sys.executable, os.path.abspath(__file__), '--cpython-child', list_file], args.runs)
    finally:
        os.unlink(list_file)

    print(f'{len(paths)} files, {mb:.1f} MB; best of {args.runs} runs '
          f'(files with errors: Kaa {kaa_errors}, CPython {cpython_errors})')
    report('parsing only, wall', mb, min(kaa_passes), min(cpython_passes))
    report('parsing only, CPU', mb, min(kaa_cpu_passes), min(cpython_cpu_passes))
    report('whole process, wall', mb, kaa_wall, cpython_wall)
    report('whole process, CPU', mb, kaa_cpu, cpython_cpu)


if __name__ == '__main__':
    main()
