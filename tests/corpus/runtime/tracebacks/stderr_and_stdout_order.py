# stdout content printed before an uncaught error is kept; stderr gets only the traceback.
import sys
for i in range(5):
    print('line', i)
sys.stderr.write('explicit stderr line\n')
print('last stdout line', end='')
{}.pop('absent')
