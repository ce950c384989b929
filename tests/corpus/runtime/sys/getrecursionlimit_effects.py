# recursion limit changes at runtime: depth reached by a recursive function tracks the limit, lowering below the current depth.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

import sys
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
for limit in [50, 120, 700]:
    sys.setrecursionlimit(limit)
    d = depth()
    print(limit, limit - 60 <= d < limit)
def nested(k):
    if k == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            return 'RecursionError: ' + str(e)
        return 'lowered'
    return nested(k - 1)
sys.setrecursionlimit(1000)
print(nested(50))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
