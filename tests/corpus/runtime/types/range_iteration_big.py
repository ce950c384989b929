# range with huge bounds: len overflow, indexing, slicing, contains, reversed and iteration near sys.maxsize.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
r = range(0, 2**100, 3)
t('len', lambda: len(r))
t('length via attr', lambda: r.__len__())
print(r[10**20], r[-1], r[2**90:2**90 + 9:4], 2**99 in r, (2**99 + 1) in r, r.index(3 * 10**25), r.count(6))
big = range(sys.maxsize - 2, sys.maxsize + 3)
print(list(big), len(big), list(reversed(big))[:2])
t('neg index too big', lambda: r[-2**100])
print(list(range(-3, -15, -4)), range(10)[::-1], range(10)[3:-3][::2], range(0, -10, -1)[-3:])
