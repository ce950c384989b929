# In the style of pyperformance's regex_effbot: a fixed set of regular expressions (literal prefixes,
# alternations, character classes, anchors, groups) searched in strings of a few lengths, many times.
# Prints a checksum of what the searches found.
import re
import sys
import time


def timed(work, runs=5):
    """Runs work() runs + 1 times (the first a warm-up) and reports the best CPU time of the others on
    stderr as `regex-seconds S` (what bench/regex.py compares, as pyperformance times only the work);
    returns work()'s result."""
    best = None
    for i in range(runs + 1):
        start = time.process_time()
        result = work()
        elapsed = time.process_time() - start
        if i > 0 and (best is None or elapsed < best):
            best = elapsed
    print(f'regex-seconds {best:.6f}', file=sys.stderr)
    return result


PATTERNS = [
    'Python|Perl',
    'Python|Perl|Tcl',
    '(Python|Perl)',
    '(?:Python|Perl)',
    'Python',
    '.*Python',
    '.*Python.*',
    '.*(Python)',
    '(?i)python',
    '[Pp]ython',
    r'\bPython\b',
    r'(\w+)\s+(\w+)',
    r'[0-9]+\.[0-9]*',
    r'^Python',
    r'Python$',
    r'(a+|b+|c+)*Python',
    r'(?:[a-z]|[A-Z])+on',
    r'P(?=y)',
    r'[^a-z]+',
    r'x*y*z*Python',
]

def make_strings():
    strings = []
    for n in (0, 5, 20, 100):
        filler = ('-' * n)
        strings.append(filler + 'Python' + filler)
        strings.append(filler + 'Perl' + filler)
        strings.append(filler + 'python 3.11 is here ' + filler)
    return strings

def run(rounds):
    compiled = [re.compile(p) for p in PATTERNS]
    strings = make_strings()
    checksum = 0
    for _ in range(rounds):
        for p in compiled:
            for s in strings:
                m = p.search(s)
                if m is not None:
                    checksum += m.end() - m.start() + 1
    return checksum

print(timed(lambda: run(400)))
