# SystemExit and KeyboardInterrupt: catching them, not caught by except Exception, codes, raising inside finally.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
for code in [None, 0, 1, 'message', (1, 2)]:
    try:
        sys.exit(code) if code is not None else sys.exit()
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print('not here')
except BaseException as e:
    print('caught as BaseException', type(e).__name__, isinstance(e, Exception))
try:
    raise SystemExit(5)
except SystemExit as e:
    print('code', e.code)
def f():
    try:
        raise KeyboardInterrupt('ki')
    finally:
        print('finally runs')
try:
    f()
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', e)
try:
    exit(3)
except SystemExit as e:
    print('exit()', e.code)
try:
    quit('q')
except SystemExit as e:
    print('quit()', e.code)
print(repr(exit), repr(quit))
