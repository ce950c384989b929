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
import os
import sys

from phased import best_of

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


def work():
    # This file is bench/pickle.py: its directory comes off the path so that `import pickle` is the stdlib's.
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or '.') != here]
    sys.modules.pop('pickle', None)
    import pickle
    data = build_data()
    for proto in (2, 5):
        seconds, blob = best_of(lambda: pickle.dumps(data, proto), REPEAT, INNER)
        print(f'phase dumps-p{proto} {seconds:.6f}', file=sys.stderr)
        seconds, back = best_of(lambda: pickle.loads(blob), REPEAT, INNER)
        print(f'phase loads-p{proto} {seconds:.6f}', file=sys.stderr)
        print(f'protocol {proto}: {len(blob)} bytes, checksum {checksum(back)}')


if __name__ == '__main__':
    from phased import main
    main(work, __doc__, __file__)
