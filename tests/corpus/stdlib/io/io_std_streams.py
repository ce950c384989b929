# sys.stdin/stdout/stderr as CPython sets them up, and writes through their layers.
import sys, io

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s.name, s.mode, s.encoding, s.errors, type(s).__name__, s.fileno(), s.readable(), s.writable())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(type(sys.stdin.buffer).__name__, sys.stdin.buffer.raw.name, sys.stdin.buffer.raw.closefd)
print(sys.stdout.newlines, sys.stdin.newlines)
sys.stdout.write('direct write\n')
sys.stdout.flush()
sys.stdout.buffer.write(b'bytes to buffer\n')
sys.stdout.flush()
print('after buffer', flush=True)
print('to stderr', file=sys.stderr)
sys.stderr.flush()
print('surrogate:', '\udcff'.encode('utf-8', 'surrogateescape'))
try:
    sys.stdout.write(b'x')
except TypeError as e:
    print(e)
old = sys.stdout
sys.stdout = io.StringIO()
print('captured', 1, 2, sep='-', end='!')
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
print(*range(5), sep=', ')
print('a', 'b', end='')
print()
print(sys.stdout.write('x'), end='\n')
