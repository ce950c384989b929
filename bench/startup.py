#!/usr/bin/python3.11
"""Start-up benchmark (issue 5, item 5): Kaa and CPython 3.11 started in the same run.

Usage: bench/startup.py [--runs N] [--cpu] [--jit]

Two commands, each run on both interpreters:
- `-c pass`: the interpreter's own start (site imported, as by default);
- `-c "import json, collections, dataclasses, pathlib, asyncio"`: start-up plus importing what a
  typical program imports, with a warm bytecode cache (each side runs the command once, untimed,
  first, so that its .pyc files exist: CPython's *.cpython-311.pyc, Kaa's *.kaa-311.pyc, which
  Kaa writes under its per-user cache directory where /usr/lib/python3.11 is not writable).

Kaa runs as the NativeAOT binary (`KAA_AOT=1 ./kaa`, build/kaa-aot/kaa), the build meant for speed;
--jit runs the ordinary build (build/kaa/kaa) instead. Both with the launcher's environment; the
launcher is run once first, untimed, to build.

Each command runs N times per interpreter (default 20), alternating between the two so that a busy
machine slows both alike; the figure kept is the median wall time, or with --cpu the median CPU time
(user + system) of the child. A Kaa run counts only when it exits 0 with the same output as CPython.

Prints one line per command (CPython ms, Kaa ms, Kaa/CPython) and whether each meets issue 5's bar:
at most 2x CPython's time.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCHER = os.path.join(ROOT, 'kaa')
KAA_AOT_BINARY = os.path.join(ROOT, 'build', 'kaa-aot', 'kaa')
KAA_JIT_BINARY = os.path.join(ROOT, 'build', 'kaa', 'kaa')
CPYTHON = '/usr/bin/python3.11'
BAR = 2.0

COMMANDS = [
    ('pass', ['-c', 'pass']),
    ('import json, collections, dataclasses, pathlib, asyncio',
     ['-c', 'import json, collections, dataclasses, pathlib, asyncio']),
]


def environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    # What the `kaa` launcher sets before it execs the binary.
    env.setdefault('DOTNET_GCgen0size', '4000000')
    return env


def timed_run(command):
    """Runs command; returns (exit status, stdout + stderr, wall seconds, CPU seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=environment(), cwd='/tmp')
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return done.returncode, done.stdout + done.stderr, wall, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--runs', type=int, default=20)
    parser.add_argument('--cpu', action='store_true', help='CPU time (user + system) instead of wall time')
    parser.add_argument('--jit', action='store_true', help='the JIT build instead of the NativeAOT one')
    args = parser.parse_args()

    launcher_env = dict(os.environ)
    if not args.jit:
        launcher_env['KAA_AOT'] = '1'
    subprocess.run([LAUNCHER, '-c', 'pass'], check=True, env=launcher_env, cwd=ROOT)
    kaa = KAA_JIT_BINARY if args.jit else KAA_AOT_BINARY

    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float('nan')
    print(f'Kaa: {"JIT" if args.jit else "NativeAOT"} build; {"CPU" if args.cpu else "wall"} time, '
          f'median of {args.runs}; load average {load:.1f}')
    print(f'{"command":58} {"CPython ms":>10} {"Kaa ms":>9} {"ratio":>6}')
    met = True
    for label, argv in COMMANDS:
        # Warm both bytecode caches (and the OS's file cache) first.
        expected = timed_run([CPYTHON] + argv)[1]
        timed_run([kaa] + argv)
        cpython_times, kaa_times, failure = [], [], None
        for _ in range(args.runs):
            status, out, wall, cpu = timed_run([CPYTHON] + argv)
            cpython_times.append(cpu if args.cpu else wall)
            status, out, wall, cpu = timed_run([kaa] + argv)
            if status != 0 or out != expected:
                failure = f'FAILED (exit {status}): {out.decode(errors="replace")[-200:]}'
                break
            kaa_times.append(cpu if args.cpu else wall)
        if failure:
            print(f'{label[:58]:58} {failure}')
            met = False
            continue
        c, k = statistics.median(cpython_times), statistics.median(kaa_times)
        ratio = k / c
        met &= ratio <= BAR
        print(f'{label[:58]:58} {c * 1000:10.1f} {k * 1000:9.1f} {ratio:6.2f}')
    print(f'bar (each at most {BAR}x CPython): {"met" if met else "missed"}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
