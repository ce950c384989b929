# sys.exit raised in a finally block replaces a propagating error: exit status from SystemExit, no traceback.
import sys
try:
    raise ValueError('will be replaced')
finally:
    print('exiting from finally')
    sys.exit(4)
