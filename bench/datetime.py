#!/usr/bin/python3.11
"""Datetime benchmark: the C datetime types (Kaa's C# _datetime, CPython's _datetime) in the same run.

Usage: bench/datetime.py [--runs N] [--cpu]

The workload (this file run with --work, by either interpreter) times phases over the datetime types:
construction (datetime, date, time, timedelta from keywords), arithmetic (datetime + timedelta, datetime -
datetime, timedelta * int and / timedelta), comparison and hashing (sorting, dict keys, aware datetimes
across zones), formatting (isoformat, str, repr, strftime) and parsing (fromisoformat). Each phase runs six
times and reports on stderr the best CPU time of the last five (`phase NAME SECONDS`; the first run warms
up). It prints a checksum of every phase's results; Kaa's run counts only when that output equals CPython's.

The driver runs the workload N times (default 3) on each, alternating between the two so that a busy
machine slows both alike (Kaa: the binary the `kaa` launcher runs, build/kaa/kaa, built first, untimed),
and prints per phase the best CPython and Kaa seconds and Kaa/CPython (below 1: Kaa is faster), then the
geometric mean of the ratios, and the whole-process times.
"""
import os
import sys
import time

from phased import best_of

REPEAT = 5


# ---- the workload -------------------------------------------------------------------------------------

def work():
    # This file is bench/datetime.py: its directory comes off the path so that `import datetime` is the stdlib's.
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or '.') != here]
    sys.modules.pop('datetime', None)
    from datetime import date, datetime, time as dtime, timedelta, timezone
    n = 20000
    zones = [timezone(timedelta(hours=h)) for h in range(-5, 6)]
    stamps = [datetime(2000 + i % 30, 1 + i % 12, 1 + i % 28, i % 24, i % 60, i % 60, i * 37 % 1000000) for i in range(n)]
    aware = [d.replace(tzinfo=zones[i % len(zones)]) for i, d in enumerate(stamps)]
    texts = [d.isoformat() for d in aware]

    def construct():
        total = 0
        for i in range(n):
            d = datetime(2000, 1 + i % 12, 1 + i % 28, i % 24, i % 60, i % 60, i)
            total += d.day + date(1999, 12, 1 + i % 31).month + dtime(i % 24, 1).hour
            total += timedelta(days=i, hours=1, minutes=i % 60, microseconds=i).seconds
        return total

    def arithmetic():
        total = 0
        step = timedelta(hours=7, microseconds=13)
        base = datetime(2000, 1, 1)
        for d in stamps:
            e = d + step
            total += (e - base).days + (d - step).hour
            total += (step * (d.day + 1)).seconds + (e - d) // timedelta(seconds=1)
        return total

    def compare_hash():
        keys = {}
        for d in aware:
            keys[d] = keys.get(d, 0) + 1
        ordered = sorted(aware)
        naive = sorted(stamps, reverse=True)
        return len(keys) + ordered[0].year + naive[0].year + sum(a < b for a, b in zip(aware, aware[1:]))

    def format_():
        total = 0
        for d in aware:
            total += len(d.isoformat()) + len(str(d)) + len(repr(d))
        for d in stamps[:5000]:
            total += len(d.strftime('%Y-%m-%d %H:%M:%S.%f'))
        return total

    def parse():
        total = 0
        for t in texts:
            total += datetime.fromisoformat(t).minute
        return total

    for name, phase in (('construct', construct), ('arithmetic', arithmetic), ('compare-hash', compare_hash),
                        ('format', format_), ('parse', parse)):
        seconds, result = best_of(phase, REPEAT)
        print(f'phase {name} {seconds:.6f}', file=sys.stderr)
        print(f'{name}: {result}')


if __name__ == '__main__':
    from phased import main
    main(work, __doc__, __file__)
