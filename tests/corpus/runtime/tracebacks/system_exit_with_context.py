# uncaught SystemExit raised while handling another exception: only the exit, no traceback, status from the code.
import sys
try:
    1 / 0
except ZeroDivisionError:
    print('handling, then exiting')
    sys.exit(7)
