# lambda: var-keyword argument cannot have default value
f = lambda **k=1: 0
