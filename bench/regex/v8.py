# In the style of pyperformance's regex_v8 (regular expressions from web pages): parse URLs, trim and
# split text, find HTML tags and attributes, validate e-mail addresses and dates, replace with
# templates and callables, over a generated page of text. Prints counts and a checksum.
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


WORDS = ('the quick brown fox jumps over the lazy dog lorem ipsum dolor sit amet consectetur '
         'adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua').split()

def page(n):
    parts = []
    seed = 7
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        w = WORDS[seed % len(WORDS)]
        k = seed % 11
        if k == 0:
            parts.append(f'<a href="http://www.example{seed % 97}.com/path/{w}?id={i}&x=y#top" class="link">{w}</a>')
        elif k == 1:
            parts.append(f'  {w.upper()}\t')
        elif k == 2:
            parts.append(f'user{seed % 1000}@mail{seed % 13}.org')
        elif k == 3:
            parts.append(f'{1990 + seed % 30}-{1 + seed % 12:02d}-{1 + seed % 28:02d}')
        elif k == 4:
            parts.append(f'<div id="d{i}" style="color: red;">{w}</div>')
        else:
            parts.append(w)
    return ' '.join(parts)

URL = re.compile(r'(\w+)://([^/:]+)(:\d*)?([^# ?"]*)(\?[^#"]*)?(#\S*)?')
TAG = re.compile(r'<(\w+)((?:\s+\w+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\'">\s]+))?)*)\s*/?>')
ATTR = re.compile(r'(\w+)="([^"]*)"')
EMAIL = re.compile(r'\b[\w.%+-]+@[\w.-]+\.[a-zA-Z]{2,}\b')
DATE = re.compile(r'(\d{4})-(\d\d)-(\d\d)')
TRIM = re.compile(r'^\s+|\s+$')
SPACE = re.compile(r'\s+')
UPPER = re.compile(r'\b[A-Z]{2,}\b')
CLASSNAME = re.compile(r'(?:^|\s)link(?:\s|$)')

def run(text, rounds):
    checksum = 0
    for _ in range(rounds):
        for m in URL.finditer(text):
            checksum += len(m.group(2)) + len(m.group(4) or '')
        for m in TAG.finditer(text):
            checksum += len(m.group(1))
            for a in ATTR.findall(m.group(2)):
                checksum += len(a[1])
        checksum += len(EMAIL.findall(text))
        checksum += sum(int(y) for y, mo, d in DATE.findall(text))
        words = SPACE.split(text)
        checksum += len(words)
        checksum += len(TRIM.sub('', '   ' + text[:500] + '   '))
        checksum += len(UPPER.sub(lambda m: m.group(0).lower(), text))
        checksum += len(DATE.sub(r'\3/\2/\1', text))
        checksum += sum(1 for w in words if CLASSNAME.search(w))
    return checksum

# The page is made once, untimed.
text = page(20000)
print(len(text), timed(lambda: run(text, 6)))
