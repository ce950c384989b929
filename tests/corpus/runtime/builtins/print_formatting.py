# print() of nested containers, floats, special strings; end/sep combinations; printing to a custom file with flush.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
print([1.0, 2.5e-10, 1e16, float('nan')], (None,), {'a': [1, {'b': (2,)}]}, {1.5: 'x'})
print('tab\there', 'nl\\n', "quote'", 'uni é', sep=' | ')
print(*['a', 'b'], *('c',), sep='', end='')
print()
print('', '', sep='-')
print(end='')
print('sep none', 1, sep=None)
class F:
    def __init__(self):
        self.buf = []
        self.flushed = 0
    def write(self, s):
        self.buf.append(s)
    def flush(self):
        self.flushed += 1
f = F()
print('a', 1, file=f, flush=True)
print('b', file=f)
print(f.buf, f.flushed)
print('to stderr end', file=sys.stderr, end='!\n')
