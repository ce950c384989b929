#!/usr/bin/python3.11
"""ElementTree benchmark: parsing a large document with xml.etree.ElementTree on Kaa and on CPython 3.11.

Usage: bench/etree.py [--runs N] [--cpu]

The workload (this file run with --work, by either interpreter) makes, untimed, a document of about 4 MB
(records with attributes, text, nested elements, namespaces, comments and entity references), then times:
ET.fromstring of it (the _elementtree XMLParser feeding its TreeBuilder), ET.iterparse with start and end
events over a file object, and a walk of the parsed tree (iter, findall, get, itertext). Each phase runs
four times and reports on stderr the best CPU time of the last three (`phase NAME SECONDS`). It prints
counts taken from the trees; Kaa's run counts only when that output equals CPython's.

The driver (bench/phased.py) runs the workload N times (default 3) on each, alternating, and prints per
phase the best CPython and Kaa seconds and Kaa/CPython (below 1: Kaa is faster).
"""
import io
import sys

from phased import best_of

REPEAT = 3


def build_document():
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<catalog xmlns="urn:catalog" xmlns:x="urn:extra">\n']
    for i in range(12000):
        parts.append(
            f'  <record id="r{i}" kind="{"abc"[i % 3]}" x:score="{i * 1.5}">\n'
            f'    <name>Record number {i} &amp; friends</name>\n'
            f'    <description>Some text about record {i}, with \u00e9t\u00e9 and \u4e2d\u6587 in it.</description>\n'
            f'    <!-- comment {i} -->\n'
            f'    <tags><tag>t{i % 7}</tag><tag>g{i % 11}</tag><tag>h{i % 13}</tag></tags>\n'
            f'    <x:extra level="{i % 5}">extra {i}</x:extra>\n'
            f'  </record>\n')
    parts.append('</catalog>\n')
    return ''.join(parts).encode('utf-8')


def walk(root):
    ns = '{urn:catalog}'
    records = root.findall(ns + 'record')
    tags = sum(1 for _ in root.iter(ns + 'tag'))
    kinds = sum(1 for r in records if r.get('kind') == 'b')
    text = sum(len(t) for t in root.itertext())
    return len(records), tags, kinds, text


def work():
    import xml.etree.ElementTree as ET
    data = build_document()
    print(f'document: {len(data)} bytes')
    seconds, root = best_of(lambda: ET.fromstring(data), REPEAT)
    print(f'phase fromstring {seconds:.6f}', file=sys.stderr)
    print('elements:', sum(1 for _ in root.iter()))

    def iterparse():
        starts = ends = 0
        for event, elem in ET.iterparse(io.BytesIO(data), events=('start', 'end')):
            if event == 'start':
                starts += 1
            else:
                ends += 1
        return starts, ends
    seconds, counts = best_of(iterparse, REPEAT)
    print(f'phase iterparse {seconds:.6f}', file=sys.stderr)
    print('iterparse events:', counts)

    seconds, result = best_of(lambda: walk(root), REPEAT)
    print(f'phase walk {seconds:.6f}', file=sys.stderr)
    print('walk:', result)


if __name__ == '__main__':
    from phased import main
    main(work, __doc__, __file__)
