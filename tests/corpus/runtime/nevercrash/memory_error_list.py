# [0] * 10**12 and similar huge allocations raise MemoryError (or OverflowError where CPython does), never crash.
import sys
def t(label, f):
    try:
        r = f()
        print(label, 'no error', len(r))
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)
t('list mul', lambda: [0] * 10**12)
t('list mul maxsize', lambda: [0] * sys.maxsize)
t('list mul too big', lambda: [0] * (sys.maxsize + 1))
t('str mul', lambda: 'ab' * 10**12)
t('bytes mul', lambda: b'x' * 10**13)
t('tuple mul', lambda: (1, 2) * 10**12)
t('bytearray', lambda: bytearray(10**13))
t('bytes', lambda: bytes(10**13))
t('range list', lambda: list(range(10**12)))
print('survived')
