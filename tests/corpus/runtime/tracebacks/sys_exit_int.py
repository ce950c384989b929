# sys.exit(3): no traceback, exit status 3, output flushed.
import sys
print('exiting with 3')
sys.exit(3)
print('not printed')
