#!/usr/bin/python3.11
"""Pickle benchmark: _pickle's dumps and loads on Kaa and on CPython 3.11, in the same run.

Usage: bench/pickle.py [--runs N] [--cpu]

The workload (this file run with --work, by either interpreter) builds, untimed, a mix of what programs
pickle — records (dicts of str, int, float, bool and small lists), instances of a plain class, nested
tuples, long lists of floats and ints, big ints, and text — then times, for protocols 2 and 5, dumps of
the whole mix and loads of its pickle: each phase runs six times and reports on stderr the best CPU time
of the last five, per dumps or loads (`phase NAME SECONDS`; a run is ten of them; the first run warms up). It prints the pickles' lengths and a
checksum of what loads returned; Kaa's run counts only when that output equals CPython's (Kaa's pickles
are byte-identical to CPython's, so the lengths are too).

The driver runs the workload N times (default 3) on each, alternating between the two so that a busy
machine slows both alike (Kaa: the binary the `kaa` launcher runs, build/kaa/kaa, built first, untimed),
and prints per phase the best CPython and Kaa seconds and Kaa/CPython (below 1: Kaa is faster), then the
geometric mean of the ratios, and the whole-process times.
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
REPEAT = 5
INNER = 10  # dumps/loads per timed run: a single one takes milliseconds, too short to time steadily


# ---- the workload -------------------------------------------------------------------------------------

class Account:
    def __init__(self, number, owner, balance, history):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.history = history


def build_data():
    records = [{'id': i, 'name': 'user%05d' % i, 'email': 'user%d@example.org' % i, 'score': i * 1.25,
                'active': i % 3 == 0, 'tags': ['t%d' % (i % 7), 'group%d' % (i % 11)], 'parent': i // 2}
               for i in range(3000)]
    accounts = [Account(i, 'owner %d' % i, i * 10.5, [(j, -j * 0.5) for j in range(i % 5)]) for i in range(1500)]
    matrix = [[float(i * j) / 7 for j in range(50)] for i in range(100)]
    numbers = list(range(-5000, 5000, 3)) + [2**40 + i for i in range(200)] + [7**100 + i for i in range(50)]
    text = ['lorem ipsum dolor sit amet %d ' % i * 3 for i in range(500)] + ['\u00e9t\u00e9 \u4e2d\u6587 %d' % i for i in range(300)]
    nested = tuple((i, (str(i), (float(i), None, True))) for i in range(1000))
    return {'records': records, 'accounts': accounts, 'matrix': matrix, 'numbers': numbers,
            'text': text, 'nested': nested, 'blob': bytes(range(256)) * 64}


def checksum(obj):
    """A digest of a loaded structure (accounts by their fields)."""
    if isinstance(obj, Account):
        return checksum((obj.number, obj.owner, obj.balance, obj.history))
    if isinstance(obj, dict):
        return sum(checksum(k) * 31 + checksum(v) for k, v in obj.items()) % 1000000007
    if isinstance(obj, (list, tuple)):
        total = len(obj)
        for x in obj:
            total = (total * 131 + checksum(x)) % 1000000007
        return total
    if isinstance(obj, float):
        return int(obj * 1000) % 1000000007
    if isinstance(obj, (str, bytes)):
        return sum(obj[::97] if isinstance(obj, bytes) else map(ord, obj[::97])) + len(obj)
    if obj is None:
        return 17
    return int(obj) % 1000000007


def best_of(work):
    best = None
    result = None
    for i in range(REPEAT + 1):
        start = time.process_time()
        for _ in range(INNER):
            result = work()
        elapsed = (time.process_time() - start) / INNER
        if i > 0 and (best is None or elapsed < best):
            best = elapsed
    return best, result


def work():
    # This file is bench/pickle.py: its directory comes off the path so that `import pickle` is the stdlib's.
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or '.') != here]
    sys.modules.pop('pickle', None)
    import pickle
    data = build_data()
    for proto in (2, 5):
        seconds, blob = best_of(lambda: pickle.dumps(data, proto))
        print(f'phase dumps-p{proto} {seconds:.6f}', file=sys.stderr)
        seconds, back = best_of(lambda: pickle.loads(blob))
        print(f'phase loads-p{proto} {seconds:.6f}', file=sys.stderr)
        print(f'protocol {proto}: {len(blob)} bytes, checksum {checksum(back)}')


# ---- the driver ---------------------------------------------------------------------------------------

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


def phases(err):
    found = {}
    for line in err.decode('utf-8', 'replace').splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == 'phase':
            found[parts[1]] = float(parts[2])
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--cpu', action='store_true', help='compare CPU time (user + system) of the whole process')
    parser.add_argument('--work', action='store_true', help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.work:
        work()
        return
    subprocess.run([LAUNCHER, '--help'], stdout=subprocess.DEVNULL, check=True)  # builds if needed, untimed
    script = os.path.relpath(os.path.abspath(__file__), ROOT)
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


if __name__ == '__main__':
    main()
