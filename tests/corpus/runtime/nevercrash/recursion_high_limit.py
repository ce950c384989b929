# infinite recursion after sys.setrecursionlimit(10**6): RecursionError or MemoryError, and the process survives (only the class name is printed).
# kaa-corpus: time-limit 90
import sys
sys.setrecursionlimit(10**6)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except (RecursionError, MemoryError) as e:
    print('RecursionError or MemoryError:', type(e).__name__ in ('RecursionError', 'MemoryError'))
sys.setrecursionlimit(1000)
print('survived')
