# uncaught RecursionError: repeated frames collapsed as "[Previous line repeated N more times]".
import sys
sys.setrecursionlimit(100)
def down(n):
    return down(n + 1)
down(0)
