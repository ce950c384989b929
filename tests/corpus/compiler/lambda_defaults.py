f = lambda: 0
g = lambda *a, **k: (a, k)
h = lambda x=[1, 2], *, y={1: 2}: x
