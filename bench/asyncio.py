#!/usr/bin/python3.11
"""asyncio benchmark: the event loop driving _asyncio's Task and Future on Kaa and on CPython 3.11, in the same run.

Usage: bench/asyncio.py [--runs N] [--cpu]

The workload (this file run with --work, by either interpreter) times four phases in one event loop:
many small tasks (create_task of coroutines that each yield to the loop a few times, then awaiting them
all), gather (asyncio.gather over many coroutines that await a chain of sub-coroutines and a sleep(0)),
queues (producers and consumers passing items through bounded asyncio.Queues) and futures (tasks awaiting
loop futures that call_soon resolves). Each phase runs six times and reports on stderr the best CPU time
of the last five (`phase NAME SECONDS`); the first run warms up. It prints a checksum of what the phases
computed; Kaa's run counts only when that output equals CPython's.

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


# ---- the workload -------------------------------------------------------------------------------------

def make_phases(asyncio):
    async def small(i):
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        return i

    async def many_tasks():
        tasks = [asyncio.create_task(small(i)) for i in range(5000)]
        total = 0
        for t in tasks:
            total += await t
        return total

    async def leaf(i):
        await asyncio.sleep(0)
        return i * 2

    async def middle(i):
        return await leaf(i) + await leaf(i + 1)

    async def gather():
        results = await asyncio.gather(*(middle(i) for i in range(3000)))
        return sum(results)

    async def queues():
        q = asyncio.Queue(maxsize=64)
        out = asyncio.Queue()

        async def producer(base):
            for i in range(2500):
                await q.put(base + i)
            await q.put(None)

        async def consumer():
            total = 0
            while (item := await q.get()) is not None:
                total += item
            await out.put(total)

        workers = [asyncio.create_task(consumer()) for _ in range(4)]
        producers = [asyncio.create_task(producer(k * 10000)) for k in range(4)]
        await asyncio.gather(*producers, *workers)
        return sum([out.get_nowait() for _ in range(4)])

    async def futures():
        loop = asyncio.get_running_loop()

        async def waiter(fut):
            return await fut

        total = 0
        for round_no in range(10):
            futs = [loop.create_future() for _ in range(500)]
            tasks = [asyncio.create_task(waiter(f)) for f in futs]
            for i, f in enumerate(futs):
                loop.call_soon(f.set_result, i + round_no)
            for t in tasks:
                total += await t
        return total

    return [('tasks', many_tasks), ('gather', gather), ('queues', queues), ('futures', futures)]


def work():
    # This file is bench/asyncio.py: its directory comes off the path so that `import asyncio` is the stdlib's.
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or '.') != here]
    sys.modules.pop('asyncio', None)
    import asyncio
    loop = asyncio.new_event_loop()
    for name, phase in make_phases(asyncio):
        best = None
        result = None
        for i in range(REPEAT + 1):
            start = time.process_time()
            result = loop.run_until_complete(phase())
            elapsed = time.process_time() - start
            if i > 0 and (best is None or elapsed < best):
                best = elapsed
        print(f'phase {name} {best:.6f}', file=sys.stderr)
        print(f'{name}: {result}')
    loop.close()


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
