#!/usr/bin/python3.11
"""VM benchmark: each program of bench/vm/ run on Kaa and on CPython 3.11, in the same run.

Usage: bench/vm.py [--runs N] [--cpu] [--jit] [NAME...]   (default: every bench/vm/*.py; NAME without .py)

For each program, N times (default 3) and alternating between the two so that a busy machine
slows both alike: a whole-process run of `python3.11 PROGRAM` and of Kaa on the same program (the
NativeAOT binary `KAA_AOT=1 ./kaa` runs, build/kaa-aot/kaa, as a user who wants speed runs Kaa; with
--jit the ordinary build, build/kaa/kaa; in both cases with the launcher's environment, the launcher
itself run once first, untimed, to build it). The time kept is the best of the N runs: wall
time, or with --cpu the CPU time (user + system) of the child, the steadier figure when other
processes share the cores. Startup is included on both sides.

Every program prints a checksum. A Kaa run counts only when it exits 0 and prints exactly what
CPython printed; otherwise the table says FAILED or WRONG OUTPUT instead of a ratio, and the
program is left out of the geometric mean (and the bar is missed).

Prints one line per program (name, CPython s, Kaa s, Kaa/CPython; below 1 means Kaa is faster),
then the geometric mean of the ratios and whether it meets issue 4's bar: geometric mean at
most 1.25 and no program above 2.0.
"""
import argparse
import glob
import math
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join(ROOT, 'bench', 'vm')
LAUNCHER = os.path.join(ROOT, 'kaa')
KAA_AOT_BINARY = os.path.join(ROOT, 'build', 'kaa-aot', 'kaa')
KAA_JIT_BINARY = os.path.join(ROOT, 'build', 'kaa', 'kaa')
CPYTHON = '/usr/bin/python3.11'
KAA_TIME_LIMIT = 300
GEOMEAN_BAR = 1.25
WORST_BAR = 2.0


def environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONIOENCODING'] = 'utf-8'
    # What the `kaa` launcher sets before it execs the binary.
    env.setdefault('DOTNET_GCgen0size', '4000000')
    return env


def timed_run(command, timeout=None):
    """Runs command to completion; returns (exit status, stdout, wall seconds, CPU seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, env=environment(), cwd=ROOT, timeout=timeout)
        status, out = done.returncode, done.stdout
    except subprocess.TimeoutExpired:
        status, out = 'timeout', b''
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return status, out, wall, cpu


def programs(names):
    if not names:
        return sorted(glob.glob(os.path.join(BENCH_DIR, '*.py')))
    found = []
    for name in names:
        path = os.path.join(BENCH_DIR, name if name.endswith('.py') else name + '.py')
        if not os.path.isfile(path):
            sys.exit(f'no such benchmark: {path}')
        found.append(path)
    return found


def measure(path, runs, use_cpu, kaa_binary):
    """Best CPython time, best Kaa time (None when Kaa failed) and a note for a failure."""
    relative = os.path.relpath(path, ROOT)
    best_cpython = best_kaa = math.inf
    expected = None
    note = None
    for _ in range(runs):
        status, out, wall, cpu = timed_run([CPYTHON, relative])
        if status != 0:
            sys.exit(f'{relative} fails on CPython (exit {status})')
        if expected is not None and out != expected:
            sys.exit(f'{relative} is not deterministic on CPython')
        expected = out
        best_cpython = min(best_cpython, cpu if use_cpu else wall)
        if note is None:
            status, out, wall, cpu = timed_run([kaa_binary, relative], timeout=KAA_TIME_LIMIT)
            if status != 0:
                note = f'FAILED (exit {status})'
            elif out != expected:
                note = 'WRONG OUTPUT'
            else:
                best_kaa = min(best_kaa, cpu if use_cpu else wall)
    return best_cpython, (None if note else best_kaa), note


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--cpu', action='store_true', help='compare CPU time (user + system) instead of wall time')
    parser.add_argument('--jit', action='store_true', help='time the JIT build instead of the NativeAOT one')
    parser.add_argument('names', nargs='*')
    args = parser.parse_args()
    paths = programs(args.names)
    launcher_env = dict(os.environ)
    if not args.jit:
        launcher_env['KAA_AOT'] = '1'
    # Builds if needed, untimed.
    subprocess.run([LAUNCHER, '--help'], stdout=subprocess.DEVNULL, check=True, env=launcher_env)
    kaa_binary = KAA_JIT_BINARY if args.jit else KAA_AOT_BINARY

    what = 'CPU time (user + system)' if args.cpu else 'wall time'
    build = 'JIT' if args.jit else 'NativeAOT'
    print(f'{len(paths)} programs, best of {args.runs} runs, whole-process {what}, Kaa {build} build; '
          f'load average {os.getloadavg()[0]:.1f}')
    print(f'{"program":<22} {"CPython s":>10} {"Kaa s":>10} {"Kaa/CPython":>12}')
    ratios = []
    failures = 0
    for path in paths:
        name = os.path.splitext(os.path.basename(path))[0]
        cpython, kaa, note = measure(path, args.runs, args.cpu, kaa_binary)
        if kaa is None:
            failures += 1
            print(f'{name:<22} {cpython:10.3f} {"-":>10} {note:>12}', flush=True)
            continue
        ratio = kaa / cpython
        ratios.append(ratio)
        print(f'{name:<22} {cpython:10.3f} {kaa:10.3f} {ratio:12.2f}', flush=True)

    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        worst = max(ratios)
        print(f'geometric mean Kaa/CPython: {geomean:.2f} over {len(ratios)} programs; worst {worst:.2f}'
              + (f'; {failures} failed' if failures else ''))
        meets = failures == 0 and geomean <= GEOMEAN_BAR and worst <= WORST_BAR
    else:
        print(f'geometric mean Kaa/CPython: n/a (all {failures} programs failed on Kaa)')
        meets = False
    print(f'bar (geometric mean <= {GEOMEAN_BAR}, none above {WORST_BAR}, no failures): '
          + ('meets' if meets else 'misses'))


if __name__ == '__main__':
    main()
