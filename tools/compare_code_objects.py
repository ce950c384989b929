#!/usr/bin/python3.11
"""Count identical code objects between two `--dump-code` outputs (the oracle's and Kaa's).

Usage: compare_code_objects.py ORACLE KAA [--show N] [--field]
Code objects are paired by position within each file's section. With --field, prints how many
differing code objects differ in each field (code, consts, names, exceptiontable, linetable, header).
"""
import collections
import sys

sys.path.insert(0, __file__.rsplit('/', 1)[0])
from compare_dumps import sections  # noqa: E402


def code_objects(text):
    objs = []
    for line in text.splitlines():
        if line.startswith('code '):
            objs.append([line])
        elif objs:
            objs[-1].append(line)
        else:
            objs.append([line])  # an error line
    return objs


def field_of(line):
    line = line.strip()
    if line.startswith('code '):
        return 'header'
    return line.split('=', 1)[0]


def main():
    args = sys.argv[1:]
    show = 0
    if '--show' in args:
        k = args.index('--show')
        show = int(args[k + 1])
        del args[k:k + 2]
    by_field = '--field' in args
    args = [a for a in args if a != '--field']
    oracle, kaa = sections(args[0]), sections(args[1])
    total = same = 0
    fields = collections.Counter()
    shown = 0
    for path, text in oracle.items():
        expected = code_objects(text)
        actual = code_objects(kaa.get(path, ''))
        for i, obj in enumerate(expected):
            total += 1
            other = actual[i] if i < len(actual) else None
            if other == obj:
                same += 1
                continue
            if other is not None and by_field:
                for a, b in zip(obj, other):
                    if a != b:
                        fields[field_of(a)] += 1
            if shown < show:
                shown += 1
                print(f'--- {path} #{i}')
                for a, b in zip(obj, other or []):
                    if a != b:
                        print(f'  oracle: {a[:300]}\n  kaa:    {b[:300]}')
                        break
    print(f'{same} of {total} code objects identical ({100.0 * same / max(total, 1):.1f}%)')
    for f, n in fields.most_common():
        print(f'  {f}: {n}')


if __name__ == '__main__':
    main()
