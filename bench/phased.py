"""The driver shared by the phased benchmarks (bench/pickle.py, bench/datetime.py, bench/asyncio.py, bench/etree.py),
and their timing helper (best_of).

Such a script, run with --work, runs its workload once and prints `phase NAME SECONDS` lines on stderr (the
best time of each phase) and its results on stdout. The driver runs that on CPython and on Kaa (build/kaa/kaa,
with the launcher's environment) alternately, checks that Kaa's stdout equals CPython's, and prints per phase
the best times and their ratio, their geometric mean, and the whole-process ratio.
"""
import argparse
import math
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCHER = os.path.join(ROOT, 'kaa')
KAA_BINARY = os.path.join(ROOT, 'build', 'kaa', 'kaa')
CPYTHON = '/usr/bin/python3.11'
KAA_TIME_LIMIT = 600


def environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONHASHSEED'] = '0'
    env['PYTHONIOENCODING'] = 'utf-8'
    env.setdefault('DOTNET_GCgen0size', '0x4000000')  # what the `kaa` launcher sets
    return env


def timed_run(command, timeout=None):
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


def best_of(work, repeat, inner=1):
    """For a workload script: runs `work` once to warm up, then `repeat` more times (each time `inner` calls);
    returns the best CPU seconds per call and the last result."""
    best = None
    result = None
    for i in range(repeat + 1):
        start = time.process_time()
        for _ in range(inner):
            result = work()
        elapsed = (time.process_time() - start) / inner
        if i > 0 and (best is None or elapsed < best):
            best = elapsed
    return best, result


def phases(err):
    found = {}
    for line in err.decode('utf-8', 'replace').splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == 'phase':
            found[parts[1]] = float(parts[2])
    return found


def main(work, doc, script_file):
    """The command line of a phased benchmark: its --work mode runs `work`; otherwise the driver."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--cpu', action='store_true', help='compare CPU time (user + system) of the whole process')
    parser.add_argument('--work', action='store_true', help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.work:
        work()
        return
    subprocess.run([LAUNCHER, '--help'], stdout=subprocess.DEVNULL, check=True)  # builds if needed, untimed
    script = os.path.relpath(os.path.abspath(script_file), ROOT)
    cpython, kaa = {}, {}
    cpython_process = kaa_process = math.inf
    expected = None
    note = None
    for _ in range(args.runs):
        status, out, err, wall, cpu = timed_run([CPYTHON, script, '--work'])
        if status != 0:
            sys.exit(f'the workload fails on CPython (exit {status}):\n{err.decode()}')
        expected = out
        for k, v in phases(err).items():
            cpython[k] = min(cpython.get(k, math.inf), v)
        cpython_process = min(cpython_process, cpu if args.cpu else wall)
        if note is None:
            status, out, err, wall, cpu = timed_run([KAA_BINARY, script, '--work'], timeout=KAA_TIME_LIMIT)
            if status != 0:
                note = f'FAILED (exit {status}): {err.decode(errors="replace")[-500:]}'
            elif out != expected:
                note = f'WRONG OUTPUT: {out!r} instead of {expected!r}'
            else:
                for k, v in phases(err).items():
                    kaa[k] = min(kaa.get(k, math.inf), v)
                kaa_process = min(kaa_process, cpu if args.cpu else wall)
    print(expected.decode().strip())
    if note:
        print(f'Kaa: {note}')
        sys.exit(1)
    print(f'{"phase":<12} {"CPython s":>11} {"Kaa s":>11} {"Kaa/CPython":>12}')
    ratios = []
    for name in cpython:
        ratio = kaa[name] / cpython[name]
        ratios.append(ratio)
        print(f'{name:<12} {cpython[name]:11.4f} {kaa[name]:11.4f} {ratio:12.2f}')
    mean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f'geometric mean Kaa/CPython over {len(ratios)} phases: {mean:.2f} (worst {max(ratios):.2f})')
    what = 'CPU' if args.cpu else 'wall'
    print(f'whole process ({what}, best of {args.runs}): CPython {cpython_process:.2f} s, Kaa {kaa_process:.2f} s,'
          f' Kaa/CPython {kaa_process / cpython_process:.2f}')
