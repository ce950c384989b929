#!/usr/bin/python3.11
"""Compare two `--dump-code` outputs (the oracle's and Kaa's) code object by code object.

Usage: compare_code_objects.py ORACLE_OUTPUT KAA_OUTPUT [--show N]
Prints how many code objects are identical and, grouped by the set of fields that differ
(code, consts, linetable, exceptiontable, stacksize, ...), how many differ, with up to N examples.
A file whose code objects do not pair up (a different count, or an error on one side) counts all
of the oracle's code objects of that file as different ("count-mismatch").
"""
import collections
import sys


def sections(path):
    result, current, lines = {}, None, []
    with open(path, encoding='utf-8', errors='surrogateescape') as f:
        for line in f:
            if line.startswith('==> '):
                if current is not None:
                    result[current] = lines
                current, lines = line[4:].rstrip('\n'), []
            else:
                lines.append(line)
    if current is not None:
        result[current] = lines
    return result


def code_objects(lines):
    objects = []
    for line in lines:
        if line.startswith('code ') or not objects:
            objects.append([line])
        else:
            objects[-1].append(line)
    return objects


def fields(obj):
    header = obj[0].split()
    result = dict(h.split('=', 1) for h in header[2:] if '=' in h)
    for line in obj[1:]:
        line = line.strip()
        if line.startswith('names='):
            result['names'] = line
        elif '=' in line:
            key, value = line.split('=', 1)
            result[key] = value
    return result


def main():
    args = sys.argv[1:]
    show = 0
    if '--show' in args:
        i = args.index('--show')
        show = int(args[i + 1])
        del args[i:i + 2]
    oracle, kaa = sections(args[0]), sections(args[1])
    same = total = 0
    kinds = collections.Counter()
    examples = collections.defaultdict(list)
    for path, expected in oracle.items():
        if path not in kaa:
            continue
        exp_objs, act_objs = code_objects(expected), code_objects(kaa[path])
        if len(exp_objs) != len(act_objs):
            total += len(exp_objs)
            kinds['count-mismatch'] += len(exp_objs)
            examples['count-mismatch'].append(path)
            continue
        for a, b in zip(exp_objs, act_objs):
            total += 1
            if a == b:
                same += 1
                continue
            fa, fb = fields(a), fields(b)
            key = ','.join(k for k in fa if fa.get(k) != fb.get(k)) or 'other'
            kinds[key] += 1
            examples[key].append(f'{path}: {a[0].split()[1]}')
    print(f'code objects identical: {same}/{total}')
    for key, count in kinds.most_common():
        print(f'{count:7} {key}')
        for e in examples[key][:show]:
            print(f'          {e}')


if __name__ == '__main__':
    main()
