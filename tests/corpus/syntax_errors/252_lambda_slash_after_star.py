# lambda: / must be ahead of *
f = lambda *a, b, /: 0
