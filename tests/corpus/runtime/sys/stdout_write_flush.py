# sys.stdout and sys.stderr: writes interleaved with print, flush, writelines, and the write() return value for non-ASCII.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
print('a', end='')
sys.stdout.write('b')
print('c')
print(sys.stdout.write('héllo\n'), sys.stdout.write(''))
sys.stdout.writelines(['x\n', 'y\n'])
sys.stdout.flush()
sys.stderr.write('err line\n')
sys.stderr.flush()
print(sys.stdout.isatty(), sys.stderr.isatty(), sys.stdout.writable(), sys.stdout.readable())
print('done')
