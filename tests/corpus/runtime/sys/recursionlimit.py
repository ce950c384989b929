# sys.getrecursionlimit/setrecursionlimit: defaults, validation errors, and the effect on recursion depth.
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(sys.getrecursionlimit())
t('zero', lambda: sys.setrecursionlimit(0))
t('negative', lambda: sys.setrecursionlimit(-5))
t('float', lambda: sys.setrecursionlimit(10.5))
t('str', lambda: sys.setrecursionlimit('100'))
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(200)
print(sys.getrecursionlimit(), 150 < depth() <= 200)
sys.setrecursionlimit(1000)
print(900 < depth() <= 1000)
sys.setrecursionlimit(5000)
print(4900 < depth() <= 5000)
sys.setrecursionlimit(1000)
