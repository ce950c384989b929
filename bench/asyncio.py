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
import os
import sys

from phased import best_of

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
        best, result = best_of(lambda: loop.run_until_complete(phase()), REPEAT)
        print(f'phase {name} {best:.6f}', file=sys.stderr)
        print(f'{name}: {result}')
    loop.close()


if __name__ == '__main__':
    from phased import main
    main(work, __doc__, __file__)
