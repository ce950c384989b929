#!/usr/bin/python3.11
"""Compare two `==> PATH` dump outputs (Kaa's and the oracle's) section by section.

Usage: compare_dumps.py ORACLE_OUTPUT KAA_OUTPUT [--show N]
Prints the number of identical sections and, for up to N differing paths, the first difference.
"""
import sys


def sections(path):
    result = {}
    current = None
    lines = []
    with open(path, encoding='utf-8', errors='surrogateescape') as f:
        for line in f:
            if line.startswith('==> '):
                if current is not None:
                    result[current] = ''.join(lines)
                current = line[4:].rstrip('\n')
                lines = []
            else:
                lines.append(line)
    if current is not None:
        result[current] = ''.join(lines)
    return result


def first_difference(a, b, context=100):
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    lo = max(0, i - context)
    return i, a[lo:i + context], b[lo:i + context]


def main():
    args = sys.argv[1:]
    show = 10
    if '--show' in args:
        k = args.index('--show')
        show = int(args[k + 1])
        del args[k:k + 2]
    oracle, kaa = sections(args[0]), sections(args[1])
    same = [p for p in oracle if kaa.get(p) == oracle[p]]
    differing = [p for p in oracle if p not in same]
    print(f'{len(same)} of {len(oracle)} identical; {len(differing)} differ')
    for p in differing[:show]:
        if p not in kaa:
            print(f'--- {p}: missing from Kaa output')
            continue
        i, a, b = first_difference(oracle[p], kaa[p])
        print(f'--- {p} (at {i})\n  oracle: {a!r}\n  kaa:    {b!r}')


if __name__ == '__main__':
    main()
