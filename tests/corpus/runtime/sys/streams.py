# sys.stdout/sys.stderr: write return values, print to both, replacing sys.stdout with a custom writer and restoring it.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

n = sys.stdout.write('written to stdout\n')
print(n)
m = sys.stderr.write('written to stderr\n')
print(m)
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
saved = sys.stdout
cap = Capture()
sys.stdout = cap
print('captured line', 1, 2)
print('second')
sys.stdout = saved
print(cap.data)
print(sys.__stdout__ is saved, sys.stdout.encoding.lower().replace('-', ''), hasattr(sys.stdin, 'read'))
sys.stdout.flush()
t('write non str', lambda: sys.stdout.write(5))
