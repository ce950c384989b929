#!/usr/bin/python3.11
"""Compile benchmark: Kaa against CPython 3.11's compile(), over the same files, in the same run.

Usage: bench/compile.py [--runs N] [--no-aot] [PATH...]   (default: every .py under /usr/lib/python3.11)

Whole-process wall time, best of N runs: `kaa --compile-only @LIST` (parse, optimise, symbol
table, code generation, assembly; startup and JIT included) against a CPython process that reads
the same files and compile()s each (source to code object, the same work). Kaa runs twice over:
the ordinary (JIT) build and the NativeAOT build (`KAA_AOT=1 kaa`; --no-aot skips it). Prints
the times and the ratios Kaa/CPython; the bar is a ratio of at most 0.5. The runs of the three
commands are interleaved, so a change in the machine's load hits them alike.
"""
import argparse
import os
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


def measure(command, env=None):
    """(wall seconds, CPU seconds: user + system of the process and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == '--cpython-child':
        cpython_child(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--no-aot', action='store_true', help='time only the ordinary (JIT) build')
    parser.add_argument('paths', nargs='*')
    args = parser.parse_args()
    paths = args.paths or stdlib_files()
    size = sum(os.path.getsize(p) for p in paths)
    with tempfile.NamedTemporaryFile('w', suffix='.lst', delete=False) as f:
        f.write('\n'.join(paths) + '\n')
        list_file = f.name
    commands = {
        'CPython compile()': ([sys.executable, os.path.abspath(__file__), '--cpython-child', list_file], None),
        'Kaa --compile-only': ([KAA, '--compile-only', '@' + list_file], None),
    }
    if not args.no_aot:
        commands['Kaa AOT --compile-only'] = ([KAA, '--compile-only', '@' + list_file], dict(os.environ, KAA_AOT='1'))
    best = dict.fromkeys(commands, float('inf'))
    best_cpu = dict.fromkeys(commands, float('inf'))
    try:
        for command, env in commands.values():  # builds the launchers first, untimed
            if command[0] == KAA:
                subprocess.run([KAA, '--compile-only', paths[0]], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, check=False, env=env)
        for _ in range(args.runs):
            for name, (command, env) in commands.items():
                elapsed, cpu = measure(command, env)
                best[name] = min(best[name], elapsed)
                best_cpu[name] = min(best_cpu[name], cpu)
    finally:
        os.unlink(list_file)
    mb = size / 1e6
    print(f'files: {len(paths)}, {mb:.1f} MB, best of {args.runs}')
    cpython = best.pop('CPython compile()')
    cpython_cpu = best_cpu['CPython compile()']
    print(f'{"CPython compile():":24} {cpython:6.2f} s  ({mb / cpython:6.1f} MB/s)  cpu {cpython_cpu:5.2f} s')
    for name, seconds in best.items():
        ratio = seconds / cpython
        print(f'{name + ":":24} {seconds:6.2f} s  ({mb / seconds:6.1f} MB/s)  cpu {best_cpu[name]:5.2f} s  ratio {ratio:.2f}'
              f'  ({"meets" if ratio <= 0.5 else "misses"} the 0.5 bar; cpu ratio {best_cpu[name] / cpython_cpu:.2f})')


if __name__ == '__main__':
    main()
