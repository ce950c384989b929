#!/usr/bin/python3.11
"""Regex benchmark: each program of bench/regex/ run on Kaa and on CPython 3.11, in the same run.

Usage: bench/regex.py [--runs N] [--cpu] [NAME...]   (default: every bench/regex/*.py; NAME without .py)

The programs (effbot, dna, v8) are written for this repo in the style of pyperformance's regex_effbot,
regex_dna and regex_v8; they use the unmodified `re` package over Kaa's C# `_sre` engine.

Two figures per program, as pyperformance times only the work and not the interpreter's start:
- the regex work: each program makes its input untimed, then runs its regular-expression work six
  times and reports on stderr (`regex-seconds S`) the best CPU time of the last five (the first warms
  up); issue 6's bar applies to this figure;
- the whole process: N times (default 3), alternating between the two so that a busy machine slows
  both alike, a run of `python3.11 PROGRAM` and of Kaa on the same program (the binary the `kaa`
  launcher runs, build/kaa/kaa, with the launcher's environment; the launcher itself is run once
  first, untimed, to build it); the best wall time, or with --cpu the CPU time (user + system) of
  the child. Startup, input generation (pure-Python loops) and the warm-up are included: this shows
  what the interpreter outside _sre costs.

Every program prints a checksum. A Kaa run counts only when it exits 0 and prints exactly what
CPython printed; otherwise the table says FAILED or WRONG OUTPUT instead of a ratio, and the
program is left out of the geometric means (and the bar is missed).

Prints one line per program (name, then CPython s, Kaa s, Kaa/CPython for the regex work and for the
whole process; below 1 means Kaa is faster), then the geometric means of the ratios and whether the
regex work meets issue 6's bar: geometric mean at most 1.5.
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
BENCH_DIR = os.path.join(ROOT, 'bench', 'regex')
LAUNCHER = os.path.join(ROOT, 'kaa')
KAA_BINARY = os.path.join(ROOT, 'build', 'kaa', 'kaa')
CPYTHON = '/usr/bin/python3.11'
KAA_TIME_LIMIT = 300
GEOMEAN_BAR = 1.5


def environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONIOENCODING'] = 'utf-8'
    # What the `kaa` launcher sets before it execs the binary.
    env.setdefault('DOTNET_GCgen0size', '0x4000000')
    return env


def timed_run(command, timeout=None):
    """Runs command to completion; returns (exit status, stdout, stderr, wall seconds, CPU seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, env=environment(), cwd=ROOT, timeout=timeout)
        status, out, err = done.returncode, done.stdout, done.stderr
    except subprocess.TimeoutExpired:
        status, out, err = 'timeout', b'', b''
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return status, out, err, wall, cpu


def regex_seconds(err):
    """The in-process time of the regex work a program reported on stderr (None when it did not)."""
    for line in err.decode('utf-8', 'replace').splitlines():
        if line.startswith('regex-seconds '):
            return float(line.split()[1])
    return None


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


def measure(path, runs, use_cpu):
    """Best CPython and Kaa times, as (regex work, whole process) pairs (Kaa's None when it failed),
    and a note for a failure."""
    relative = os.path.relpath(path, ROOT)
    cpython = [math.inf, math.inf]
    kaa = [math.inf, math.inf]
    expected = None
    note = None
    for _ in range(runs):
        status, out, err, wall, cpu = timed_run([CPYTHON, relative])
        if status != 0:
            sys.exit(f'{relative} fails on CPython (exit {status})')
        if expected is not None and out != expected:
            sys.exit(f'{relative} is not deterministic on CPython')
        expected = out
        cpython = [min(cpython[0], regex_seconds(err)), min(cpython[1], cpu if use_cpu else wall)]
        if note is None:
            status, out, err, wall, cpu = timed_run([KAA_BINARY, relative], timeout=KAA_TIME_LIMIT)
            if status != 0:
                note = f'FAILED (exit {status})'
            elif out != expected:
                note = 'WRONG OUTPUT'
            else:
                kaa = [min(kaa[0], regex_seconds(err)), min(kaa[1], cpu if use_cpu else wall)]
    return cpython, (None if note else kaa), note


def geomean(ratios):
    return math.exp(sum(math.log(r) for r in ratios) / len(ratios))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--cpu', action='store_true', help='compare CPU time (user + system) instead of wall time')
    parser.add_argument('names', nargs='*')
    args = parser.parse_args()
    paths = programs(args.names)
    subprocess.run([LAUNCHER, '--help'], stdout=subprocess.DEVNULL, check=True)  # builds if needed, untimed

    what = 'CPU time (user + system)' if args.cpu else 'wall time'
    print(f'{len(paths)} programs; regex work: best in-process CPU time; whole process: best of {args.runs} runs, {what}')
    print(f'{"":<10} {"---------- regex work ----------":>36} {"--------- whole process ---------":>36}')
    print(f'{"program":<10} {"CPython s":>11} {"Kaa s":>11} {"Kaa/CPython":>12} {"CPython s":>11} {"Kaa s":>11} {"Kaa/CPython":>12}')
    work_ratios = []
    process_ratios = []
    failures = 0
    for path in paths:
        name = os.path.splitext(os.path.basename(path))[0]
        cpython, kaa, note = measure(path, args.runs, args.cpu)
        if kaa is None:
            failures += 1
            print(f'{name:<10} {cpython[0]:11.3f} {"-":>11} {note:>12} {cpython[1]:11.3f}', flush=True)
            continue
        work_ratios.append(kaa[0] / cpython[0])
        process_ratios.append(kaa[1] / cpython[1])
        print(f'{name:<10} {cpython[0]:11.3f} {kaa[0]:11.3f} {work_ratios[-1]:12.2f}'
              f' {cpython[1]:11.3f} {kaa[1]:11.3f} {process_ratios[-1]:12.2f}', flush=True)

    if work_ratios:
        print(f'geometric mean Kaa/CPython: regex work {geomean(work_ratios):.2f} (worst {max(work_ratios):.2f}),'
              f' whole process {geomean(process_ratios):.2f}, over {len(work_ratios)} programs'
              + (f'; {failures} failed' if failures else ''))
        meets = failures == 0 and geomean(work_ratios) <= GEOMEAN_BAR
    else:
        print(f'geometric mean Kaa/CPython: n/a (all {failures} programs failed on Kaa)')
        meets = False
    print(f'bar (geometric mean of the regex work <= {GEOMEAN_BAR}, no failures): '
          + ('meets' if meets else 'misses'))


if __name__ == '__main__':
    main()
