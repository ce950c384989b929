# lambda: / may appear only once
f = lambda a, /, b, /: 0
