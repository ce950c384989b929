#!/usr/bin/python3.11
"""Lists the files whose code objects differ between two `--dump-code` outputs, with a cause.

Usage: code_differences.py ORACLE KAA [--relative-to DIR]

Prints `PATH<TAB>cause` lines in the format of tests/corpus/compiler/known_differences.txt. The
cause says how many code objects differ and in which fields (the first differing field of each,
by frequency), or the error one side raised; refine it by hand when the reason is known.
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_dumps import sections  # noqa: E402

FIELDS = ('header', 'code', 'consts', 'names', 'exceptiontable', 'linetable')


def code_objects(text):
    objs = []
    for line in text.splitlines():
        if line.startswith('code ') or not objs:
            objs.append([line])
        else:
            objs[-1].append(line)
    return objs


def field(line):
    line = line.strip()
    if line.startswith('code '):
        return 'header'
    return line.split('=', 1)[0]


def cause(expected, actual):
    exp, act = code_objects(expected), code_objects(actual)
    if act and not act[0][0].startswith('code '):
        return 'kaa: ' + act[0][0][:120]
    if exp and not exp[0][0].startswith('code '):
        return 'cpython: ' + exp[0][0][:120]
    if len(exp) != len(act):
        return f'{len(act)} code objects instead of {len(exp)}'
    fields = collections.Counter()
    differing = 0
    for e, a in zip(exp, act):
        if e == a:
            continue
        differing += 1
        for le, la in zip(e, a):
            if le != la:
                fields[field(le)] += 1
                break
    names = ', '.join(f for f, _ in fields.most_common())
    return f'{differing}/{len(exp)} code objects differ (first in: {names})'


def main():
    args = sys.argv[1:]
    rel = None
    if '--relative-to' in args:
        i = args.index('--relative-to')
        rel = args[i + 1]
        del args[i:i + 2]
    oracle, kaa = sections(args[0]), sections(args[1])
    for path in sorted(oracle):
        if path in kaa and oracle[path] != kaa[path]:
            key = os.path.relpath(path, rel) if rel else path
            print(f'{key}\t{cause(oracle[path], kaa[path])}')


main()
